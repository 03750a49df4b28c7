import { type DateSpan, type OrderDirection, type Region, type Theme } from '@icssi/platform';
import { type WorkingGroupStatus } from './working-group-status';

// What a list of working groups asks for, as the reader takes it (types/ implements these for GraphQL).

/** Narrows a list of working groups; all given conditions must hold. */
export interface WorkingGroupFilter {
  region?: Region | null;
  theme?: Theme | null;
  status?: WorkingGroupStatus | null;
  founded?: DateSpan | null;
  text?: string | null;
}

/** What to sort working groups by. */
export enum WorkingGroupOrderField {
  NAME = 'NAME',
  SLUG = 'SLUG',
  FOUNDED_ON = 'FOUNDED_ON',
}

/** Sort order of a list of working groups. */
export interface WorkingGroupOrder {
  field: WorkingGroupOrderField;
  direction: OrderDirection;
}
