import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { GovernorateEntity } from '../entities/governorate.entity';
import { MembershipEntity } from '../entities/membership.entity';
import { OrganisationEntity } from '../entities/organisation.entity';
import { PartnershipEntity } from '../entities/partnership.entity';
import { MembershipConnection, OrganisationConnection } from '../types/connections';
import { Governorate } from '../types/governorate.type';
import { OrganisationFilter } from '../types/organisation-filter.input';
import { OrganisationOrder } from '../types/organisation-order.input';
import { Organisation } from '../types/organisation.type';
import { Partnership } from '../types/partnership.type';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Organisations of the network (archived ones only when filtered by that status).' })
  organisations(
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Conditions the organisations must meet.' })
    filter?: OrganisationFilter | null,
    @Arg('orderBy', () => OrganisationOrder, { nullable: true, description: 'Sort order (default: by slug).' })
    orderBy?: OrganisationOrder | null,
  ): Promise<Page<OrganisationEntity>> {
    return ctx.domain.organisations.list(filter, orderBy, page, ctx.locale, ctx.viewer);
  }

  @Query(() => Organisation, { nullable: true, description: 'One organisation by id, or null.' })
  async organisation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('id', () => ID, { description: 'The organisation id.' }) id: string,
  ): Promise<OrganisationEntity | null> {
    return ctx.domain.gate.organisation(ctx, id);
  }

  @Query(() => Organisation, { nullable: true, description: 'One organisation by slug, or null.' })
  async organisationBySlug(
    @Ctx() ctx: OrganisationsContext,
    @Arg('slug', () => String, { description: 'The organisation slug.' }) slug: string,
  ): Promise<OrganisationEntity | null> {
    return ctx.domain.gate.organisationFound(ctx, await ctx.domain.organisations.bySlug(slug));
  }

  @FieldResolver(() => Governorate, { nullable: true, description: 'The governorate of the headquarters.' })
  headquarters(@Root() organisation: OrganisationEntity, @Ctx() ctx: OrganisationsContext): Promise<GovernorateEntity | null> | null {
    return organisation.headquartersCode ? ctx.loaders.governorateByCode.load(organisation.headquartersCode) : null;
  }

  @FieldResolver(() => [Governorate], { description: 'Governorates where the organisation is active.' })
  async activeGovernorates(@Root() organisation: OrganisationEntity, @Ctx() ctx: OrganisationsContext): Promise<GovernorateEntity[]> {
    const rows = await ctx.loaders.activeGovernoratesByOrganisation.load(organisation.id);
    const governorates = await ctx.loaders.governorateByCode.loadMany(rows.map((row) => row.governorateCode));
    return governorates.filter((governorate): governorate is GovernorateEntity => Boolean(governorate) && !(governorate instanceof Error));
  }

  @FieldResolver(() => [Partnership], { description: 'Partnerships in which this organisation plays a role towards a partner.' })
  async partnerships(@Root() organisation: OrganisationEntity, @Ctx() ctx: OrganisationsContext): Promise<PartnershipEntity[]> {
    // A partnership with a locked-down partner is hidden along with the partner.
    return ctx.domain.gate.partnershipsOf(ctx, organisation);
  }

  @FieldResolver(() => MembershipConnection, { description: 'People’s roles in this organisation.' })
  members(
    @Root() organisation: OrganisationEntity,
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<MembershipEntity>> {
    return ctx.loaders.connections.load('organisationMembers', page, organisation.id, (ids) =>
      ctx.domain.memberships.ofOrganisations(ids, page, ctx.viewer),
    );
  }
}
