import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LockdownSubject, RequestContext } from '@icssi/platform';

/** Organisation is owned by the organisations subgraph; this subgraph adds `coordinatedCouncils`. */
@Directive('@key(fields: "id")')
@ObjectType('Organisation', { description: 'An organisation (owned by the organisations subgraph).' })
export class OrganisationStub {
  @Field(() => ID, { description: 'The organisation id.' })
  id!: string;
}

export const organisationStub = (id: string): OrganisationStub => ({ id });

/** A locked-down organisation does not exist for non-custodians. */
export const resolveOrganisationStub = (reference: { id: string }, ctx: RequestContext): OrganisationStub | null =>
  ctx.lockdown.visibleTo(ctx.viewer, LockdownSubject.ORGANISATION, reference.id) ? organisationStub(reference.id) : null;

/** A stub for a key this subgraph holds, or null when that organisation is locked down. */
export const visibleOrganisationStub = (id: string | null, ctx: RequestContext): OrganisationStub | null =>
  id && ctx.lockdown.visibleTo(ctx.viewer, LockdownSubject.ORGANISATION, id) ? organisationStub(id) : null;
