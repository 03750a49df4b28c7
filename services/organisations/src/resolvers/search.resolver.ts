import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { GovernorateEntity } from '../entities/governorate.entity';
import { OrganisationEntity } from '../entities/organisation.entity';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { GovernorateConnection, OrganisationConnection, WorkingGroupConnection } from '../types/connections';
import { SearchResults } from '../types/search-results.type';

@Resolver(() => SearchResults)
export class SearchResolver {
  @Query(() => SearchResults, {
    description:
      'Searches governorates, organisations, working groups, campaigns, recommendations, forums, forum seasons and sessions, and cohesion councils in every language and script; spelling variants (hamza, diacritics, ة/ه, ى/ي, Kurdish letters, Latin accents) match, and governorates by their other spellings and capitals too.',
  })
  search(@Arg('query', () => String, { description: 'What to look for (1–200 characters).' }) query: string): SearchResults {
    const trimmed = query.trim();
    if (!trimmed || trimmed.length > 200) {
      throw new GraphQLError('The search query must have 1 to 200 characters.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return { query: trimmed };
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations found.' })
  organisations(
    @Root() results: SearchResults,
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<OrganisationEntity>> {
    return ctx.domain.organisations.search(results.query, page, ctx.locale, ctx.viewer);
  }

  @FieldResolver(() => GovernorateConnection, {
    description:
      'Governorates found (names in any language, ISO and OCHA codes, other spellings such as Arbil or Slemani, capitals such as Mosul).',
  })
  governorates(
    @Root() results: SearchResults,
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<GovernorateEntity>> {
    return ctx.domain.governorates.search(results.query, page, ctx.locale);
  }

  @FieldResolver(() => WorkingGroupConnection, { description: 'Working groups found.' })
  workingGroups(
    @Root() results: SearchResults,
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<WorkingGroupEntity>> {
    return ctx.domain.workingGroups.search(results.query, page, ctx.locale);
  }
}
