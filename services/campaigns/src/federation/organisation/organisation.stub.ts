import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LockdownSubject, RequestContext } from '@icssi/platform';

/** Organisation is owned by the organisations subgraph; this subgraph knows it by key and adds `campaigns`. */
@Directive('@key(fields: "id")')
@ObjectType('Organisation', { description: 'An organisation (owned by the organisations subgraph).' })
export class OrganisationStub {
  @Field(() => ID, { description: 'The organisation id.' })
  id!: string;
}

export const organisationStub = (id: string): OrganisationStub => ({ id });

/** No lookup needed; a locked-down organisation does not exist for non-custodians. */
export const resolveOrganisationStub = (reference: { id: string }, ctx: RequestContext): OrganisationStub | null =>
  ctx.lockdown.visibleTo(ctx.viewer, LockdownSubject.ORGANISATION, reference.id) ? organisationStub(reference.id) : null;
