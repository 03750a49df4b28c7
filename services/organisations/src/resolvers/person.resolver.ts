import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { MembershipEntity } from '../entities/membership.entity';
import { PersonEntity } from '../entities/person.entity';
import { PersonConnection } from '../types/connections';
import { Membership } from '../types/membership.type';
import { PersonFilter } from '../types/person-filter.input';
import { Person } from '../types/person.type';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'People of the network, in their public (pseudonymous) view.' })
  people(
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Conditions the people must meet.' }) filter?: PersonFilter | null,
  ): Promise<Page<PersonEntity>> {
    return ctx.domain.people.list(filter, page);
  }

  @Query(() => Person, { nullable: true, description: 'One person by id (public view), or null.' })
  person(@Ctx() ctx: OrganisationsContext, @Arg('id', () => ID, { description: 'The person id.' }) id: string): Promise<PersonEntity | null> {
    return ctx.loaders.personById.load(id);
  }

  @FieldResolver(() => String, { description: 'The name the person agreed to publish, in the reader’s language; otherwise a pseudonym.' })
  displayName(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): string {
    return ctx.domain.people.publicName(person, ctx.locale);
  }

  @FieldResolver(() => Boolean, { description: 'False when displayName is a pseudonym.' })
  namePublished(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): boolean {
    return ctx.domain.people.namePublished(person);
  }

  @FieldResolver(() => [Membership], { description: 'The person’s roles in organisations and working groups.' })
  memberships(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): Promise<MembershipEntity[]> {
    return ctx.loaders.membershipsByPerson.load(person.id);
  }
}
