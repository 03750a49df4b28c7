import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { payloadOf } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { ArchiveOrganisationInput, CreateOrganisationInput, UpdateOrganisationInput } from '../types/organisation-mutation.inputs';
import { OrganisationPayload } from '../types/organisation.payloads';

@Resolver()
export class OrganisationMutationResolver {
  @Mutation(() => OrganisationPayload, { description: 'Creates an organisation (admins; editors in their region).' })
  async createOrganisation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => CreateOrganisationInput, { description: 'The new organisation.' }) input: CreateOrganisationInput,
  ): Promise<OrganisationPayload> {
    return payloadOf('organisation', ctx.domain.organisationWriter.create(ctx, input), (id) => ctx.domain.gate.organisation(ctx, id));
  }

  @Mutation(() => OrganisationPayload, {
    description: 'Changes an organisation, if `version` is still current (else a CONFLICT user error).',
  })
  async updateOrganisation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => UpdateOrganisationInput, { description: 'The changes.' }) input: UpdateOrganisationInput,
  ): Promise<OrganisationPayload> {
    return payloadOf('organisation', ctx.domain.organisationWriter.update(ctx, input), (id) => ctx.domain.gate.organisation(ctx, id));
  }

  @Mutation(() => OrganisationPayload, { description: 'Archives an organisation: it leaves every list and stays resolvable by id.' })
  async archiveOrganisation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => ArchiveOrganisationInput, { description: 'Which organisation, at which version.' }) input: ArchiveOrganisationInput,
  ): Promise<OrganisationPayload> {
    return payloadOf('organisation', ctx.domain.organisationWriter.archive(ctx, input), (id) => ctx.domain.gate.organisation(ctx, id));
  }
}
