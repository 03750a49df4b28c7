import { type OrganisationsContext } from '../context';
import { type PersonEntity } from '../entities/person.entity';

/** Other subgraphs (council seats) refer to people by key; the same rules and lockdown apply. */
export function resolvePersonReference(reference: { id: string }, ctx: OrganisationsContext): Promise<PersonEntity | null> {
  return ctx.domain.gate.person(ctx, reference.id);
}
