import { OrganisationsContext } from '../context';
import { PersonEntity } from '../entities/person.entity';

/** Other subgraphs (council members) refer to people by key; the same public view applies. */
export function resolvePersonReference(reference: { id: string }, ctx: OrganisationsContext): Promise<PersonEntity | null> {
  return ctx.loaders.personById.load(reference.id);
}
