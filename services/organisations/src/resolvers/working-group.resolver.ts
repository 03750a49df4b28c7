import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { MembershipEntity } from '../entities/membership.entity';
import { OrganisationEntity } from '../entities/organisation.entity';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { MembershipConnection, WorkingGroupConnection } from '../types/connections';
import { Organisation } from '../types/organisation.type';
import { WorkingGroupFilter } from '../types/working-group-filter.input';
import { WorkingGroupOrder } from '../types/working-group-order.input';
import { WorkingGroup } from '../types/working-group.type';

@Resolver(() => WorkingGroup)
export class WorkingGroupResolver {
  @Query(() => WorkingGroupConnection, { description: 'The youth-led working groups.' })
  workingGroups(
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => WorkingGroupFilter, { nullable: true, description: 'Conditions the groups must meet.' })
    filter?: WorkingGroupFilter | null,
    @Arg('orderBy', () => WorkingGroupOrder, { nullable: true, description: 'Sort order (default: by slug).' })
    orderBy?: WorkingGroupOrder | null,
  ): Promise<Page<WorkingGroupEntity>> {
    return ctx.domain.workingGroups.list(filter, orderBy, page, ctx.locale);
  }

  @Query(() => WorkingGroup, { nullable: true, description: 'One working group by id, or null.' })
  async workingGroup(
    @Ctx() ctx: OrganisationsContext,
    @Arg('id', () => ID, { description: 'The working group id.' }) id: string,
  ): Promise<WorkingGroupEntity | null> {
    return ctx.domain.gate.workingGroup(ctx, id);
  }

  @Query(() => WorkingGroup, { nullable: true, description: 'One working group by slug, or null.' })
  async workingGroupBySlug(
    @Ctx() ctx: OrganisationsContext,
    @Arg('slug', () => String, { description: 'The working group slug.' }) slug: string,
  ): Promise<WorkingGroupEntity | null> {
    return ctx.domain.gate.workingGroupFound(ctx, await ctx.domain.workingGroups.bySlug(slug));
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that hosts the group.' })
  async hostOrganisation(@Root() group: WorkingGroupEntity, @Ctx() ctx: OrganisationsContext): Promise<OrganisationEntity | null> {
    return ctx.domain.gate.organisation(ctx, group.hostOrganisationId);
  }

  @FieldResolver(() => MembershipConnection, {
    description: 'Leaders and members of the group (people shown pseudonymously unless they consented).',
  })
  members(
    @Root() group: WorkingGroupEntity,
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<MembershipEntity>> {
    return ctx.loaders.connections.load('workingGroupMembers', page, group.id, (ids) =>
      ctx.domain.memberships.ofWorkingGroups(ids, page, ctx.viewer),
    );
  }
}
