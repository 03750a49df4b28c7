import { type LocalizedTextValues, type OrderDirection, type Region, type Theme } from '@icssi/platform';
import { type OrganisationKind } from './organisation-kind';
import { type OrganisationStatus } from './organisation-status';
import { type RegistrationStatus } from './registration-status';

/** Plain inputs of the organisation writers and readers; the GraphQL input classes in types/ implement them. */
export interface OrganisationFilter {
  region?: Region | null;
  governorateCode?: string | null;
  theme?: Theme | null;
  kind?: OrganisationKind | null;
  status?: OrganisationStatus | null;
  foundedFrom?: number | null;
  foundedTo?: number | null;
  text?: string | null;
}

export enum OrganisationOrderField {
  NAME = 'NAME',
  SLUG = 'SLUG',
  FOUNDED_YEAR = 'FOUNDED_YEAR',
  CREATED_AT = 'CREATED_AT',
}

export interface OrganisationOrder {
  field: OrganisationOrderField;
  direction: OrderDirection;
}

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

export interface ArchiveOrganisationInput {
  id: string;
  version: number;
}
