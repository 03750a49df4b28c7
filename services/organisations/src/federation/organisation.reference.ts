import { OrganisationsContext } from '../context';
import { OrganisationEntity } from '../entities/organisation.entity';

export function resolveOrganisationReference(
  reference: { id: string },
  ctx: OrganisationsContext,
): Promise<OrganisationEntity | null> {
  return ctx.loaders.organisationById.load(reference.id);
}
