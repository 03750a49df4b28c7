import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page, Translation, localize, translationsOf, normalizeGovernorateCode } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { GovernorateEntity } from '../entities/governorate.entity';
import { GovernorateConnection } from '../types/connections';
import { GovernorateFilter } from '../types/governorate-filter.input';
import { Governorate } from '../types/governorate.type';

@Resolver(() => Governorate)
export class GovernorateResolver {
  @Query(() => GovernorateConnection, { description: 'The 19 governorates (ISO code order), optionally filtered.' })
  governorates(
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => GovernorateFilter, { nullable: true, description: 'Conditions the governorates must meet.' }) filter?: GovernorateFilter | null,
  ): Promise<Page<GovernorateEntity>> {
    return ctx.domain.governorates.list(filter, page);
  }

  @Query(() => Governorate, { nullable: true, description: 'One governorate by ISO 3166-2 code (e.g. IQ-AR), or null.' })
  governorate(
    @Ctx() ctx: OrganisationsContext,
    @Arg('code', () => ID, { description: 'ISO 3166-2 code.' }) code: string,
  ): Promise<GovernorateEntity | null> {
    return ctx.loaders.governorateByCode.load(normalizeGovernorateCode(code));
  }

  @FieldResolver(() => String, { description: 'Name in the reader’s language (Accept-Language), with fallback.' })
  name(@Root() governorate: GovernorateEntity, @Ctx() ctx: OrganisationsContext): string | null {
    return localize(governorate.name, ctx.locale);
  }

  @FieldResolver(() => [Translation], { description: 'The name in every language, with provenance.' })
  nameTranslations(@Root() governorate: GovernorateEntity): Translation[] {
    return translationsOf(governorate.name);
  }
}
