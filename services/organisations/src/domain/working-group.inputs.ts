import { type DateSpan, type LocalizedTextValues, type OrderDirection, type Region, type Theme } from '@icssi/platform';
import { type WorkingGroupStatus } from './working-group-status';

/** Plain inputs of the working-group writers and readers; the GraphQL input classes in types/ implement them. */
export interface WorkingGroupFilter {
  region?: Region | null;
  theme?: Theme | null;
  status?: WorkingGroupStatus | null;
  founded?: DateSpan | null;
  text?: string | null;
}

export enum WorkingGroupOrderField {
  NAME = 'NAME',
  SLUG = 'SLUG',
  FOUNDED_ON = 'FOUNDED_ON',
}

export interface WorkingGroupOrder {
  field: WorkingGroupOrderField;
  direction: OrderDirection;
}

export interface CreateWorkingGroupInput {
  idempotencyKey?: string | null;
  slug: string;
  name: LocalizedTextValues;
  themes: Theme[];
  region: Region;
  hostOrganisationId?: string | null;
  foundedOn?: string | null;
}

export interface UpdateWorkingGroupInput {
  id: string;
  version: number;
  name?: LocalizedTextValues | null;
  themes?: Theme[] | null;
  status?: WorkingGroupStatus | null;
  hostOrganisationId?: string | null;
}

export interface ArchiveWorkingGroupInput {
  id: string;
  version: number;
}
