import { type OrderDirection, type Region, type Theme } from '@icssi/platform';
import { type OrganisationKind } from './organisation-kind';
import { type OrganisationStatus } from './organisation-status';

// What a list of organisations asks for, as the reader takes it (types/ implements these for GraphQL).

/** Narrows a list of organisations; all given conditions must hold. */
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

/** What to sort organisations by. */
export enum OrganisationOrderField {
  NAME = 'NAME',
  SLUG = 'SLUG',
  FOUNDED_YEAR = 'FOUNDED_YEAR',
  CREATED_AT = 'CREATED_AT',
}

/** Sort order of a list of organisations. */
export interface OrganisationOrder {
  field: OrganisationOrderField;
  direction: OrderDirection;
}
