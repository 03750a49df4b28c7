import { CreateOrganisations1764000000000 } from './1764000000000-create-organisations';
import { LoadGovernorates1764000000001 } from './1764000000001-load-governorates';
import { CompleteOrganisations1764100000000 } from './1764100000000-complete-organisations';

/** Every migration of this service, oldest first. */
export const organisationsMigrations = [CreateOrganisations1764000000000, LoadGovernorates1764000000001, CompleteOrganisations1764100000000];
