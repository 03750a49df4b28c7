import { type Region } from '@icssi/platform';
import { type ImplementationStatus } from './implementation-status';

// What a list of implementations asks for, as the reader takes it (types/ implements these for GraphQL).

/** Narrows a list of implementations; all given conditions must hold. */
export interface ImplementationFilter {
  status?: ImplementationStatus | null;
  region?: Region | null;
  governorateCode?: string | null;
  councilId?: string | null;
  recommendationId?: string | null;
  minProgress?: number | null;
}
