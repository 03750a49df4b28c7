import { type DateSpan, type OrderDirection, type Region } from '@icssi/platform';
import { type CouncilStatus } from './council-status';

// What a list of cohesion councils asks for, as the reader takes it (types/ implements these for GraphQL).

/** Narrows a list of cohesion councils; all given conditions must hold. */
export interface CohesionCouncilFilter {
  region?: Region | null;
  governorateCode?: string | null;
  status?: CouncilStatus | null;
  established?: DateSpan | null;
  text?: string | null;
}

/** What to sort cohesion councils by. */
export enum CohesionCouncilOrderField {
  SLUG = 'SLUG',
  NAME = 'NAME',
  ESTABLISHED_ON = 'ESTABLISHED_ON',
}

/** Sort order of a list of cohesion councils. */
export interface CohesionCouncilOrder {
  field: CohesionCouncilOrderField;
  direction: OrderDirection;
}
