import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AuditEntry, requireCustodian, readAuditTrail } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { AuditTrail } from '../types/audit-trail.type';

@Resolver(() => AuditTrail)
export class AuditTrailResolver {
  @Query(() => AuditTrail, { description: 'The audit trail of a record across the subgraphs (admins only).' })
  auditTrail(
    @Ctx() ctx: OrganisationsContext,
    @Arg('entityId', () => ID, { description: 'The record’s id.' }) entityId: string,
  ): AuditTrail {
    requireCustodian(ctx.viewer);
    return { entityId };
  }

  @FieldResolver(() => [AuditEntry], { description: 'Changes made through the organisations subgraph, oldest first.' })
  organisations(@Root() trail: AuditTrail, @Ctx() ctx: OrganisationsContext): Promise<AuditEntry[]> {
    return readAuditTrail(ctx.domain.audit, ctx.viewer, trail.entityId);
  }
}
