import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, LocalizedString, LockdownSubject, Page } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { MembershipEntity } from '../entities/membership.entity';
import { PersonEntity } from '../entities/person.entity';
import { PersonConnection } from '../types/connections';
import { ContactDetails } from '../types/contact-details.type';
import { Membership } from '../types/membership.type';
import { PersonFilter } from '../types/person-filter.input';
import { Person } from '../types/person.type';
import { PersonGender } from '../types/person-gender.enum';

/** Thin: what each viewer may see of a person is decided by PersonPolicy in the domain layer. */
@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'People of the network, each shown as the viewer may see them.' })
  people(
    @Ctx() ctx: OrganisationsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Conditions the people must meet.' }) filter?: PersonFilter | null,
  ): Promise<Page<PersonEntity>> {
    return ctx.domain.people.list(filter, page, ctx.viewer);
  }

  @Query(() => Person, { nullable: true, description: 'One person by id, or null.' })
  async person(
    @Ctx() ctx: OrganisationsContext,
    @Arg('id', () => ID, { description: 'The person id.' }) id: string,
  ): Promise<PersonEntity | null> {
    return ctx.domain.gate.person(ctx, id);
  }

  @FieldResolver(() => String, {
    description: 'The person’s name in the reader’s language where the person consented to show it to this viewer; otherwise a pseudonym.',
  })
  displayName(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): string {
    return ctx.domain.personPolicy.displayName(person, ctx.viewer, ctx.locale);
  }

  @FieldResolver(() => LocalizedString, {
    nullable: true,
    description:
      'The name with the language it came in, its direction and provenance, where the viewer may see it; null when displayName is the pseudonym.',
  })
  displayNameText(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): LocalizedString | null {
    return ctx.domain.personPolicy.displayNameText(person, ctx.viewer, ctx.locale);
  }

  @FieldResolver(() => String, {
    description:
      'The pseudonym in the reader’s language, e.g. "ناشط C-103" in Arabic or "Çalakvan C-103" in Kurmanji: the code is the same in every language; the word is the same for everyone.',
  })
  pseudonym(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): string {
    return ctx.domain.personPolicy.pseudonym(person, ctx.locale);
  }

  @FieldResolver(() => Boolean, { description: 'False when displayName is a pseudonym.' })
  namePublished(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): boolean {
    return ctx.domain.personPolicy.namePublished(person, ctx.viewer);
  }

  @FieldResolver(() => PersonGender, {
    nullable: true,
    description: 'Gender, for the person’s region team only (statistics use aggregates).',
  })
  gender(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): PersonGender | null {
    return ctx.domain.personPolicy.demographics(person, ctx.viewer).gender;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Birth year, for the person’s region team only (statistics use aggregates).' })
  birthYear(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): number | null {
    return ctx.domain.personPolicy.demographics(person, ctx.viewer).birthYear;
  }

  @FieldResolver(() => ContactDetails, {
    nullable: true,
    description: 'Contact details: editors of the person’s region and admins only; every read is written to the access log.',
  })
  contact(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): Promise<ContactDetails | null> {
    return ctx.domain.personPolicy.contact(person, ctx.viewer, ctx.requestId);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the person is under lockdown (custodians only; null for others).' })
  lockedDown(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): boolean | null {
    return ctx.domain.gate.lockdownState(ctx, LockdownSubject.PERSON, person.id);
  }

  @FieldResolver(() => [Membership], { description: 'The person’s roles in organisations and working groups.' })
  memberships(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): Promise<MembershipEntity[]> {
    return ctx.domain.gate.membershipsOfPerson(ctx, person);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When the record was last changed: for those who may edit the person only (it tells that someone touched the record); null for others.',
  })
  updatedAt(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): Date | null {
    return ctx.domain.gate.recordKeeping(ctx, person).updatedAt;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Version for optimistic concurrency, to send back with updates: for those who may edit the person only; null for others.',
  })
  version(@Root() person: PersonEntity, @Ctx() ctx: OrganisationsContext): number | null {
    return ctx.domain.gate.recordKeeping(ctx, person).version;
  }
}
