import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page, SearchResultsKey } from '@icssi/platform';
import { CohesionCouncilsContext } from '../../context';
import { CohesionCouncilEntity } from '../../entities/cohesion-council.entity';
import { CohesionCouncilConnection } from '../../types/connections';
import { SearchResults } from './search-results.stub';

@Resolver(() => SearchResults)
export class SearchCouncilsResolver {
  @FieldResolver(() => CohesionCouncilConnection, {
    nullable: true,
    description: 'Cohesion councils found (name or slug, in any language).',
  })
  cohesionCouncils(
    @Root() results: SearchResultsKey,
    @Ctx() ctx: CohesionCouncilsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<CohesionCouncilEntity>> {
    return ctx.domain.councils.search(results.query, page, ctx.locale);
  }
}
