import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Region, Translation, localize, translationsOf } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { GovernorateEntity } from '../entities/governorate.entity';
import { OrganisationEntity } from '../entities/organisation.entity';
import { Governorate } from '../types/governorate.type';
import { Organisation } from '../types/organisation.type';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'Organisations of the network (archived ones excluded), by slug.' })
  organisations(
    @Ctx() ctx: OrganisationsContext,
    @Arg('region', () => Region, { nullable: true, description: 'Only organisations based in this region.' }) region?: Region | null,
  ): Promise<OrganisationEntity[]> {
    return ctx.domain.organisations.list(region);
  }

  @Query(() => Organisation, { nullable: true, description: 'One organisation by id, or null.' })
  organisation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('id', () => ID, { description: 'The organisation id.' }) id: string,
  ): Promise<OrganisationEntity | null> {
    return ctx.loaders.organisationById.load(id);
  }

  @Query(() => Organisation, { nullable: true, description: 'One organisation by slug, or null.' })
  organisationBySlug(
    @Ctx() ctx: OrganisationsContext,
    @Arg('slug', () => String, { description: 'The organisation slug.' }) slug: string,
  ): Promise<OrganisationEntity | null> {
    return ctx.domain.organisations.bySlug(slug);
  }

  @FieldResolver(() => String, { description: 'Name in the reader’s language, with fallback.' })
  name(@Root() organisation: OrganisationEntity, @Ctx() ctx: OrganisationsContext): string | null {
    return localize(organisation.name, ctx.locale);
  }

  @FieldResolver(() => [Translation], { description: 'The name in every language, with provenance.' })
  nameTranslations(@Root() organisation: OrganisationEntity): Translation[] {
    return translationsOf(organisation.name);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Description in the reader’s language, with fallback.' })
  description(@Root() organisation: OrganisationEntity, @Ctx() ctx: OrganisationsContext): string | null {
    return localize(organisation.description, ctx.locale);
  }

  @FieldResolver(() => Governorate, { nullable: true, description: 'The governorate of the headquarters.' })
  headquarters(@Root() organisation: OrganisationEntity, @Ctx() ctx: OrganisationsContext): Promise<GovernorateEntity | null> | null {
    return organisation.headquartersCode ? ctx.loaders.governorateByCode.load(organisation.headquartersCode) : null;
  }
}
