import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { OrganisationEntity } from '../entities/organisation.entity';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { OrganisationConnection, WorkingGroupConnection } from '../types/connections';
import { SearchResults } from '../types/search-results.type';

@Resolver(() => SearchResults)
export class SearchResolver {
  @Query(() => SearchResults, {
    description:
      'Searches organisations, working groups, campaigns and recommendations in every language and script; spelling variants (hamza, diacritics, ة/ه, ى/ي, Kurdish letters, Latin accents) match.',
  })
  search(@Arg('query', () => String, { description: 'What to look for (1–200 characters).' }) query: string): SearchResults {
    const trimmed = query.trim();
    if (!trimmed || trimmed.length > 200) {
      throw new GraphQLError('The search query must have 1 to 200 characters.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return { query: trimmed };
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations found.' })
  organisations(@Root() results: SearchResults, @Ctx() ctx: OrganisationsContext, @Args() page: ConnectionArgs): Promise<Page<OrganisationEntity>> {
    return ctx.domain.organisations.search(results.query, page, ctx.locale, ctx.viewer);
  }

  @FieldResolver(() => WorkingGroupConnection, { description: 'Working groups found.' })
  workingGroups(@Root() results: SearchResults, @Ctx() ctx: OrganisationsContext, @Args() page: ConnectionArgs): Promise<Page<WorkingGroupEntity>> {
    return ctx.domain.workingGroups.search(results.query, page, ctx.locale);
  }
}
