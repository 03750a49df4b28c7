import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Region, Translation, localize, translationsOf } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { OrganisationEntity } from '../entities/organisation.entity';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { Organisation } from '../types/organisation.type';
import { WorkingGroup } from '../types/working-group.type';

@Resolver(() => WorkingGroup)
export class WorkingGroupResolver {
  @Query(() => [WorkingGroup], { description: 'The youth-led working groups, by slug.' })
  workingGroups(
    @Ctx() ctx: OrganisationsContext,
    @Arg('region', () => Region, { nullable: true, description: 'Only groups of this region.' }) region?: Region | null,
  ): Promise<WorkingGroupEntity[]> {
    return ctx.domain.workingGroups.list(region);
  }

  @Query(() => WorkingGroup, { nullable: true, description: 'One working group by id, or null.' })
  workingGroup(
    @Ctx() ctx: OrganisationsContext,
    @Arg('id', () => ID, { description: 'The working group id.' }) id: string,
  ): Promise<WorkingGroupEntity | null> {
    return ctx.loaders.workingGroupById.load(id);
  }

  @Query(() => WorkingGroup, { nullable: true, description: 'One working group by slug, or null.' })
  workingGroupBySlug(
    @Ctx() ctx: OrganisationsContext,
    @Arg('slug', () => String, { description: 'The working group slug.' }) slug: string,
  ): Promise<WorkingGroupEntity | null> {
    return ctx.domain.workingGroups.bySlug(slug);
  }

  @FieldResolver(() => String, { description: 'Name in the reader’s language, with fallback.' })
  name(@Root() group: WorkingGroupEntity, @Ctx() ctx: OrganisationsContext): string | null {
    return localize(group.name, ctx.locale);
  }

  @FieldResolver(() => [Translation], { description: 'The name in every language, with provenance.' })
  nameTranslations(@Root() group: WorkingGroupEntity): Translation[] {
    return translationsOf(group.name);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that hosts the group.' })
  hostOrganisation(@Root() group: WorkingGroupEntity, @Ctx() ctx: OrganisationsContext): Promise<OrganisationEntity | null> | null {
    return group.hostOrganisationId ? ctx.loaders.organisationById.load(group.hostOrganisationId) : null;
  }
}
