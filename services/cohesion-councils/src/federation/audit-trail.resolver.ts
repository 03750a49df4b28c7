import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuditEntry, AuditTrailKey, readAuditTrail } from '@icssi/platform';
import { AuditTrailStub } from './audit-trail.stub';
import { CohesionCouncilsContext } from '../context';

@Resolver(() => AuditTrailStub)
export class AuditTrailCouncilsResolver {
  @FieldResolver(() => [AuditEntry], { nullable: true, description: 'Changes made through the cohesion-councils subgraph, oldest first.' })
  cohesionCouncils(@Root() trail: AuditTrailKey, @Ctx() ctx: CohesionCouncilsContext): Promise<AuditEntry[]> {
    return readAuditTrail(ctx.domain.audit, ctx.viewer, trail.entityId);
  }
}
