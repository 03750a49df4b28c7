import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page, SearchResultsKey } from '@icssi/platform';
import { ForumSeasonsContext } from '../../context';
import { RecommendationEntity } from '../../entities/recommendation.entity';
import { RecommendationConnection } from '../../types/connections';
import { SearchResults } from './search-results.stub';

@Resolver(() => SearchResults)
export class SearchRecommendationsResolver {
  @FieldResolver(() => RecommendationConnection, {
    nullable: true,
    description: 'Recommendations found (title, text or slug, in any language).',
  })
  recommendations(
    @Root() results: SearchResultsKey,
    @Ctx() ctx: ForumSeasonsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<RecommendationEntity>> {
    return ctx.domain.recommendations.search(results.query, page, ctx.locale);
  }
}
