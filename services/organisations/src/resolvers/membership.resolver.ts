import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OrganisationsContext } from '../context';
import { MembershipEntity } from '../entities/membership.entity';
import { OrganisationEntity } from '../entities/organisation.entity';
import { PersonEntity } from '../entities/person.entity';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { Membership } from '../types/membership.type';
import { Organisation } from '../types/organisation.type';
import { Person } from '../types/person.type';
import { WorkingGroup } from '../types/working-group.type';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The member (public, pseudonymous view).' })
  async person(@Root() membership: MembershipEntity, @Ctx() ctx: OrganisationsContext): Promise<PersonEntity | null> {
    return ctx.domain.gate.person(ctx, membership.personId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation, for a membership of an organisation.' })
  async organisation(@Root() membership: MembershipEntity, @Ctx() ctx: OrganisationsContext): Promise<OrganisationEntity | null> {
    return ctx.domain.gate.organisation(ctx, membership.organisationId);
  }

  @FieldResolver(() => WorkingGroup, { nullable: true, description: 'The working group, for a membership of a working group.' })
  workingGroup(@Root() membership: MembershipEntity, @Ctx() ctx: OrganisationsContext): Promise<WorkingGroupEntity | null> {
    return ctx.domain.gate.workingGroup(ctx, membership.workingGroupId);
  }
}
