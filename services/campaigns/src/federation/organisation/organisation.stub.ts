import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { CampaignsContext } from '../../context';

/** Organisation is owned by the organisations subgraph; this subgraph knows it by key and adds `campaigns`. */
@Directive('@key(fields: "id")')
@ObjectType('Organisation', { description: 'An organisation (owned by the organisations subgraph).' })
export class OrganisationStub {
  @Field(() => ID, { description: 'The organisation id.' })
  id!: string;
}

export const organisationStub = (id: string): OrganisationStub => ({ id });

/** `_entities` for Organisation (its campaigns): through the read gate, which hides a locked-down one. */
export const resolveOrganisationStub = (reference: { id: string }, ctx: CampaignsContext): OrganisationStub | null =>
  ctx.domain.gate.organisation(ctx, reference.id);
