import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { OrganisationsContext } from '../context';
import { LockdownOrganisationInput, LockdownPersonInput } from '../types/lockdown.input';
import { LockdownPayload } from '../types/lockdown.payloads';

@Resolver()
export class LockdownResolver {
  @Mutation(() => LockdownPayload, {
    description: 'Removes a person from every non-custodian view of every subgraph at once (admins; editors of the person’s region).',
  })
  lockdownPerson(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => LockdownPersonInput, { description: 'Whom to lock down.' }) input: LockdownPersonInput,
  ): Promise<LockdownPayload> {
    return ctx.domain.lockdowns.lockPerson(ctx, input.personId);
  }

  @Mutation(() => LockdownPayload, {
    description: 'Removes an organisation from every non-custodian view of every subgraph at once (admins; editors of its home region).',
  })
  lockdownOrganisation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => LockdownOrganisationInput, { description: 'Which organisation to lock down.' }) input: LockdownOrganisationInput,
  ): Promise<LockdownPayload> {
    return ctx.domain.lockdowns.lockOrganisation(ctx, input.organisationId);
  }

  @Mutation(() => LockdownPayload, { description: 'Lifts a person’s lockdown in every subgraph (custodians, that is admins, only).' })
  unlockPerson(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => LockdownPersonInput, { description: 'Whose lockdown to lift.' }) input: LockdownPersonInput,
  ): Promise<LockdownPayload> {
    return ctx.domain.lockdowns.unlockPerson(ctx, input.personId);
  }

  @Mutation(() => LockdownPayload, {
    description: 'Lifts an organisation’s lockdown in every subgraph (custodians, that is admins, only).',
  })
  unlockOrganisation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => LockdownOrganisationInput, { description: 'Which organisation’s lockdown to lift.' })
    input: LockdownOrganisationInput,
  ): Promise<LockdownPayload> {
    return ctx.domain.lockdowns.unlockOrganisation(ctx, input.organisationId);
  }
}
