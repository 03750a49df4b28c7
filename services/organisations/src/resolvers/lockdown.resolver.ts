import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { OrganisationsContext } from '../context';
import { LockdownOrganisationInput, LockdownPersonInput } from '../types/lockdown.input';
import { LockdownPayload } from '../types/lockdown.payload';

@Resolver()
export class LockdownResolver {
  @Mutation(() => LockdownPayload, {
    description: 'Removes a person from every non-custodian view of every subgraph at once (admins; editors of the person’s region).',
  })
  lockdownPerson(@Ctx() ctx: OrganisationsContext, @Arg('input', () => LockdownPersonInput, { description: 'Whom to lock down.' }) input: LockdownPersonInput): Promise<LockdownPayload> {
    return ctx.domain.lockdowns.lockPerson(ctx.viewer, input.personId);
  }

  @Mutation(() => LockdownPayload, {
    description: 'Removes an organisation from every non-custodian view of every subgraph at once (admins; editors of its home region).',
  })
  lockdownOrganisation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => LockdownOrganisationInput, { description: 'Which organisation to lock down.' }) input: LockdownOrganisationInput,
  ): Promise<LockdownPayload> {
    return ctx.domain.lockdowns.lockOrganisation(ctx.viewer, input.organisationId);
  }
}
