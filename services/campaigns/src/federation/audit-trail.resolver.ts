import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuditEntry, AuditTrailKey, readAuditTrail } from '@icssi/platform';
import { AuditTrailStub } from './audit-trail.stub';
import { CampaignsContext } from '../context';

@Resolver(() => AuditTrailStub)
export class AuditTrailCampaignsResolver {
  @FieldResolver(() => [AuditEntry], { nullable: true, description: 'Changes made through the campaigns subgraph, oldest first.' })
  campaigns(@Root() trail: AuditTrailKey, @Ctx() ctx: CampaignsContext): Promise<AuditEntry[]> {
    return readAuditTrail(ctx.domain.audit, ctx.viewer, trail.entityId);
  }
}
