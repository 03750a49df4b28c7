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
  person(@Root() membership: MembershipEntity, @Ctx() ctx: OrganisationsContext): Promise<PersonEntity | null> {
    return ctx.loaders.personById.load(membership.personId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation, for a membership of an organisation.' })
  organisation(@Root() membership: MembershipEntity, @Ctx() ctx: OrganisationsContext): Promise<OrganisationEntity | null> | null {
    return membership.organisationId ? ctx.loaders.organisationById.load(membership.organisationId) : null;
  }

  @FieldResolver(() => WorkingGroup, { nullable: true, description: 'The working group, for a membership of a working group.' })
  workingGroup(@Root() membership: MembershipEntity, @Ctx() ctx: OrganisationsContext): Promise<WorkingGroupEntity | null> | null {
    return membership.workingGroupId ? ctx.loaders.workingGroupById.load(membership.workingGroupId) : null;
  }
}
