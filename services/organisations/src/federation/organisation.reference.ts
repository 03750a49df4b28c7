import { type OrganisationsContext } from '../context';
import { type OrganisationEntity } from '../entities/organisation.entity';

/** load() before any await so references batch; a locked-down organisation resolves to null. */
export function resolveOrganisationReference(reference: { id: string }, ctx: OrganisationsContext): Promise<OrganisationEntity | null> {
  return ctx.domain.gate.organisation(ctx, reference.id);
}
