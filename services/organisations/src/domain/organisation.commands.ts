import { type LocalizedTextValues, type Region, type Theme } from '@icssi/platform';
import { type OrganisationKind } from './organisation-kind';
import { type OrganisationStatus } from './organisation-status';
import { type RegistrationStatus } from './registration-status';

// The inputs of the organisation writer: plain data, whatever the API (types/ implements these for GraphQL).

/** A new organisation. */
export interface CreateOrganisationInput {
  idempotencyKey?: string | null;
  slug: string;
  name: LocalizedTextValues;
  description?: LocalizedTextValues | null;
  acronym?: string | null;
  kind: OrganisationKind;
  homeRegion: Region;
  headquartersCode?: string | null;
  themes?: Theme[] | null;
  foundedYear?: number | null;
  website?: string | null;
  registrationStatus: RegistrationStatus;
}

/** Changes to an organisation; fields left out stay as they are. */
export interface UpdateOrganisationInput {
  id: string;
  version: number;
  name?: LocalizedTextValues | null;
  description?: LocalizedTextValues | null;
  acronym?: string | null;
  kind?: OrganisationKind | null;
  headquartersCode?: string | null;
  themes?: Theme[] | null;
  foundedYear?: number | null;
  website?: string | null;
  status?: OrganisationStatus | null;
  registrationStatus?: RegistrationStatus | null;
}

/** Archives an organisation: it leaves lists and stays resolvable. */
export interface ArchiveOrganisationInput {
  id: string;
  version: number;
}
