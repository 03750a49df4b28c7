import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { payloadOf } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { MembershipEntity } from '../entities/membership.entity';
import { ArchivePersonInput, CreatePersonInput, UpdatePersonInput } from '../types/person-mutation.inputs';
import { AddMembershipInput, EndMembershipInput, UpdateMembershipInput } from '../types/membership-mutation.inputs';
import { CreatePartnershipInput, EndPartnershipInput, UpdatePartnershipInput } from '../types/partnership-mutation.inputs';
import { PersonPayload } from '../types/person.payloads';
import { MembershipPayload } from '../types/membership.payloads';
import { PartnershipPayload } from '../types/partnership.payloads';
import { PartnershipEntity } from '../entities/partnership.entity';

/** Mutations of people and of what ties them and organisations together (memberships, partnerships). */
@Resolver()
export class PeopleMutationResolver {
  @Mutation(() => PersonPayload, {
    description: 'Records a person (editors of the person’s region, admins). Personal values never enter the audit trail.',
  })
  async createPerson(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => CreatePersonInput, { description: 'The person.' }) input: CreatePersonInput,
  ): Promise<PersonPayload> {
    return payloadOf('person', ctx.domain.personWriter.createPerson(ctx, input), (id) => ctx.domain.gate.person(ctx, id));
  }

  @Mutation(() => PersonPayload, {
    description: 'Changes a person (editors of the person’s region, admins), if `version` is still current.',
  })
  async updatePerson(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => UpdatePersonInput, { description: 'The changes.' }) input: UpdatePersonInput,
  ): Promise<PersonPayload> {
    return payloadOf('person', ctx.domain.personWriter.updatePerson(ctx, input), (id) => ctx.domain.gate.person(ctx, id));
  }

  @Mutation(() => PartnershipPayload, {
    description: 'Records a partnership between two organisations (editors of the first one’s region, admins).',
  })
  async createPartnership(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => CreatePartnershipInput, { description: 'The partnership.' }) input: CreatePartnershipInput,
  ): Promise<PartnershipPayload> {
    return payloadOf('partnership', ctx.domain.partnershipWriter.createPartnership(ctx, input), (id) => this.partnership(ctx, id));
  }

  @Mutation(() => PersonPayload, { description: 'Archives a person: they leave every list and stay resolvable for admins.' })
  async archivePerson(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => ArchivePersonInput, { description: 'Which person, at which version.' }) input: ArchivePersonInput,
  ): Promise<PersonPayload> {
    return payloadOf('person', ctx.domain.personWriter.archivePerson(ctx, input), (id) => ctx.domain.gate.person(ctx, id));
  }

  @Mutation(() => PartnershipPayload, {
    description: 'Changes a partnership’s role, scope, themes or first day, if `version` is still current.',
  })
  async updatePartnership(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => UpdatePartnershipInput, { description: 'The changes.' }) input: UpdatePartnershipInput,
  ): Promise<PartnershipPayload> {
    return payloadOf('partnership', ctx.domain.partnershipWriter.updatePartnership(ctx, input), (id) => this.partnership(ctx, id));
  }

  @Mutation(() => PartnershipPayload, { description: 'A partnership ends (versioned).' })
  async endPartnership(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => EndPartnershipInput, { description: 'Which partnership, when it ends.' }) input: EndPartnershipInput,
  ): Promise<PartnershipPayload> {
    return payloadOf('partnership', ctx.domain.partnershipWriter.endPartnership(ctx, input), (id) => this.partnership(ctx, id));
  }

  @Mutation(() => MembershipPayload, { description: 'A person takes a role in an organisation or a working group.' })
  async addMembership(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => AddMembershipInput, { description: 'The membership.' }) input: AddMembershipInput,
  ): Promise<MembershipPayload> {
    return payloadOf('membership', ctx.domain.membershipWriter.addMembership(ctx, input), (id) => this.membership(ctx, id));
  }

  @Mutation(() => MembershipPayload, { description: 'Changes a membership’s role or first day, if `version` is still current.' })
  async updateMembership(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => UpdateMembershipInput, { description: 'The changes.' }) input: UpdateMembershipInput,
  ): Promise<MembershipPayload> {
    return payloadOf('membership', ctx.domain.membershipWriter.updateMembership(ctx, input), (id) => this.membership(ctx, id));
  }

  @Mutation(() => MembershipPayload, { description: 'A membership ends (versioned).' })
  async endMembership(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => EndMembershipInput, { description: 'Which membership, when it ends.' }) input: EndMembershipInput,
  ): Promise<MembershipPayload> {
    return payloadOf('membership', ctx.domain.membershipWriter.endMembership(ctx, input), (id) => this.membership(ctx, id));
  }

  private async membership(ctx: OrganisationsContext, id: string): Promise<MembershipEntity | null> {
    return ctx.domain.gate.membership(ctx, await ctx.domain.memberships.byId(id));
  }

  private async partnership(ctx: OrganisationsContext, id: string): Promise<PartnershipEntity | null> {
    return ctx.domain.gate.partnership(ctx, await ctx.domain.memberships.partnershipById(id));
  }
}
