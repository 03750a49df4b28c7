import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuditEntry, AuditTrailKey, readAuditTrail } from '@icssi/platform';
import { AuditTrailStub } from './audit-trail.stub';
import { ForumSeasonsContext } from '../context';

@Resolver(() => AuditTrailStub)
export class AuditTrailForumSeasonsResolver {
  @FieldResolver(() => [AuditEntry], { nullable: true, description: 'Changes made through the forum-seasons subgraph, oldest first.' })
  forumSeasons(@Root() trail: AuditTrailKey, @Ctx() ctx: ForumSeasonsContext): Promise<AuditEntry[]> {
    return readAuditTrail(ctx.domain.audit, ctx.viewer, trail.entityId);
  }
}
