import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page, SearchResultsKey } from '@icssi/platform';
import { ForumSeasonsContext } from '../../context';
import { ForumSeasonEntity } from '../../entities/forum-season.entity';
import { ForumSessionEntity } from '../../entities/forum-session.entity';
import { ForumEntity } from '../../entities/forum.entity';
import { ForumConnection, ForumSeasonConnection, ForumSessionConnection } from '../../types/connections';
import { SearchResults } from './search-results.stub';

/** The forums' programme in search results: forums, their seasons and the seasons' sessions. */
@Resolver(() => SearchResults)
export class SearchProgrammeResolver {
  @FieldResolver(() => ForumConnection, { nullable: true, description: 'Forums found (name or slug, in any language).' })
  forums(@Root() results: SearchResultsKey, @Ctx() ctx: ForumSeasonsContext, @Args() page: ConnectionArgs): Promise<Page<ForumEntity>> {
    return ctx.domain.forums.search(results.query, page, ctx.locale);
  }

  @FieldResolver(() => ForumSeasonConnection, {
    nullable: true,
    description: 'Forum seasons found (theme, venue or year, in any language).',
  })
  forumSeasons(
    @Root() results: SearchResultsKey,
    @Ctx() ctx: ForumSeasonsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<ForumSeasonEntity>> {
    return ctx.domain.seasons.search(results.query, page, ctx.locale);
  }

  @FieldResolver(() => ForumSessionConnection, { nullable: true, description: 'Forum sessions found (title, in any language).' })
  forumSessions(
    @Root() results: SearchResultsKey,
    @Ctx() ctx: ForumSeasonsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<ForumSessionEntity>> {
    return ctx.domain.sessions.search(results.query, page, ctx.locale);
  }
}
