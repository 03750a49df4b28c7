import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { ForumSeasonsContext } from '../../context';
import { ForumSeasonEntity } from '../../entities/forum-season.entity';
import { ForumSeasonConnection } from '../../types/connections';
import { GovernorateStub } from './governorate.stub';

@Resolver(() => GovernorateStub)
export class GovernorateForumSeasonsResolver {
  @FieldResolver(() => ForumSeasonConnection, {
    // Nullable: if this subgraph is down, the rest of the governorate still arrives.
    nullable: true,
    description: 'Forum seasons held in this governorate, newest first.',
  })
  forumSeasons(
    @Root() governorate: GovernorateStub,
    @Ctx() ctx: ForumSeasonsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<ForumSeasonEntity>> {
    return ctx.loaders.connections.load('governorateSeasons', page, governorate.code, (codes) =>
      ctx.domain.seasons.ofGovernorates(codes, page),
    );
  }
}
