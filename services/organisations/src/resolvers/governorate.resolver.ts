import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Region, Translation, localize, translationsOf } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { GovernorateEntity } from '../entities/governorate.entity';
import { Governorate } from '../types/governorate.type';

@Resolver(() => Governorate)
export class GovernorateResolver {
  @Query(() => [Governorate], { description: 'All 19 governorates, optionally of one region, by ISO code.' })
  governorates(
    @Ctx() ctx: OrganisationsContext,
    @Arg('region', () => Region, { nullable: true, description: 'Only governorates of this region.' }) region?: Region | null,
  ): Promise<GovernorateEntity[]> {
    return ctx.domain.governorates.list(region);
  }

  @Query(() => Governorate, { nullable: true, description: 'One governorate by ISO 3166-2 code (e.g. IQ-AR), or null.' })
  governorate(
    @Ctx() ctx: OrganisationsContext,
    @Arg('code', () => ID, { description: 'ISO 3166-2 code.' }) code: string,
  ): Promise<GovernorateEntity | null> {
    return ctx.loaders.governorateByCode.load(code.toUpperCase());
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
