import { type DateSpan, type LocalizedTextValues, type OrderDirection, type Region } from '@icssi/platform';
import { type CouncilStatus } from './council-status';

/** Plain inputs of the council writers and readers; the GraphQL input classes in types/ implement them. */
export interface CohesionCouncilFilter {
  region?: Region | null;
  governorateCode?: string | null;
  status?: CouncilStatus | null;
  established?: DateSpan | null;
  text?: string | null;
}

export enum CohesionCouncilOrderField {
  SLUG = 'SLUG',
  NAME = 'NAME',
  ESTABLISHED_ON = 'ESTABLISHED_ON',
}

export interface CohesionCouncilOrder {
  field: CohesionCouncilOrderField;
  direction: OrderDirection;
}

export interface CreateCohesionCouncilInput {
  idempotencyKey?: string | null;
  slug: string;
  name: LocalizedTextValues;
  governorateCode: string;
  coordinatingOrganisationId?: string | null;
  establishedOn?: string | null;
}

export interface UpdateCohesionCouncilInput {
  id: string;
  version: number;
  name?: LocalizedTextValues | null;
  status?: CouncilStatus | null;
  establishedOn?: string | null;
}

export interface ArchiveCohesionCouncilInput {
  id: string;
  version: number;
}
