import { OrganisationsContext } from '../context';
import { visibleOrganisation } from '../domain/visibility';
import { OrganisationEntity } from '../entities/organisation.entity';

/** load() before any await so references batch; a locked-down organisation resolves to null. */
export function resolveOrganisationReference(reference: { id: string }, ctx: OrganisationsContext): Promise<OrganisationEntity | null> {
  return ctx.loaders.organisationById.load(reference.id).then((organisation) => visibleOrganisation(organisation, ctx.viewer, ctx.lockdown));
}
