import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { ForumSeasonsContext } from '../../context';
import { ForumSeasonEntity } from '../../entities/forum-season.entity';
import { ForumSeasonConnection } from '../../types/connections';
import { OrganisationStub } from './organisation.stub';

@Resolver(() => OrganisationStub)
export class OrganisationForumSeasonsResolver {
  @FieldResolver(() => ForumSeasonConnection, {
    // Nullable: if this subgraph is down, the rest of the organisation still arrives.
    nullable: true,
    description: 'Forum seasons this organisation took part in, newest first.',
  })
  forumSeasons(
    @Root() organisation: OrganisationStub,
    @Ctx() ctx: ForumSeasonsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<ForumSeasonEntity>> {
    return ctx.loaders.connections.load('organisationSeasons', page, organisation.id, (ids) =>
      ctx.domain.seasons.ofParticipants(ids, page),
    );
  }
}
