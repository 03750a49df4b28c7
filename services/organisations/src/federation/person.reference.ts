import { OrganisationsContext } from '../context';
import { visiblePerson } from '../domain/visibility';
import { PersonEntity } from '../entities/person.entity';

/** Other subgraphs (council seats) refer to people by key; the same rules and lockdown apply. */
export function resolvePersonReference(reference: { id: string }, ctx: OrganisationsContext): Promise<PersonEntity | null> {
  return ctx.loaders.personById.load(reference.id).then((person) => visiblePerson(person, ctx.viewer, ctx.lockdown));
}
