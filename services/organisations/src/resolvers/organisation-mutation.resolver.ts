import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { MutationResult } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { OrganisationEntity } from '../entities/organisation.entity';
import { ArchiveOrganisationInput, CreateOrganisationInput, UpdateOrganisationInput } from '../types/organisation-mutation.inputs';
import { OrganisationPayload } from '../types/organisation.payloads';

async function payload(ctx: OrganisationsContext, result: MutationResult): Promise<OrganisationPayload> {
  // Read after the commit, so the payload shows exactly what was stored.
  const organisation: OrganisationEntity | null = await ctx.domain.gate.organisation(ctx, result.entityId);
  return { organisation, userErrors: result.userErrors };
}

@Resolver()
export class OrganisationMutationResolver {
  @Mutation(() => OrganisationPayload, { description: 'Creates an organisation (admins; editors in their region).' })
  async createOrganisation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => CreateOrganisationInput, { description: 'The new organisation.' }) input: CreateOrganisationInput,
  ): Promise<OrganisationPayload> {
    return payload(ctx, await ctx.domain.organisationWriter.create(ctx, input));
  }

  @Mutation(() => OrganisationPayload, {
    description: 'Changes an organisation, if `version` is still current (else a CONFLICT user error).',
  })
  async updateOrganisation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => UpdateOrganisationInput, { description: 'The changes.' }) input: UpdateOrganisationInput,
  ): Promise<OrganisationPayload> {
    return payload(ctx, await ctx.domain.organisationWriter.update(ctx, input));
  }

  @Mutation(() => OrganisationPayload, { description: 'Archives an organisation: it leaves every list and stays resolvable by id.' })
  async archiveOrganisation(
    @Ctx() ctx: OrganisationsContext,
    @Arg('input', () => ArchiveOrganisationInput, { description: 'Which organisation, at which version.' }) input: ArchiveOrganisationInput,
  ): Promise<OrganisationPayload> {
    return payload(ctx, await ctx.domain.organisationWriter.archive(ctx, input));
  }
}
