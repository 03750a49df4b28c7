import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { OrganisationsContext } from '../context';
import { MembershipEntity } from '../entities/membership.entity';
import { AddMembershipInput, CreatePersonInput, EndMembershipInput } from '../types/people-mutation.inputs';
import { MembershipPayload, PersonPayload } from '../types/payloads';

@Resolver()
export class PeopleMutationResolver {
  @Mutation(() => PersonPayload, { description: 'Records a person (editors of the person’s region, admins). Personal values never enter the audit trail.' })
  async createPerson(@Ctx() ctx: OrganisationsContext, @Arg('input', () => CreatePersonInput, { description: 'The person.' }) input: CreatePersonInput): Promise<PersonPayload> {
    const result = await ctx.domain.peopleWriter.createPerson(ctx, input);
    return { person: result.entityId ? await ctx.loaders.personById.load(result.entityId) : null, userErrors: result.userErrors };
  }

  @Mutation(() => MembershipPayload, { description: 'A person takes a role in an organisation or a working group.' })
  async addMembership(@Ctx() ctx: OrganisationsContext, @Arg('input', () => AddMembershipInput, { description: 'The membership.' }) input: AddMembershipInput): Promise<MembershipPayload> {
    const result = await ctx.domain.peopleWriter.addMembership(ctx, input);
    return { membership: result.entityId ? await this.membership(ctx, result.entityId) : null, userErrors: result.userErrors };
  }

  @Mutation(() => MembershipPayload, { description: 'A membership ends (versioned).' })
  async endMembership(@Ctx() ctx: OrganisationsContext, @Arg('input', () => EndMembershipInput, { description: 'Which membership, when it ends.' }) input: EndMembershipInput): Promise<MembershipPayload> {
    const result = await ctx.domain.peopleWriter.endMembership(ctx, input);
    return { membership: result.entityId ? await this.membership(ctx, result.entityId) : null, userErrors: result.userErrors };
  }

  private async membership(ctx: OrganisationsContext, id: string): Promise<MembershipEntity | null> {
    return ctx.domain.memberships.byId(id);
  }
}
