import { type Region } from '@icssi/platform';

// What a list of people asks for, as the reader takes it (types/ implements these for GraphQL).

/** Narrows a list of people. */
export interface PersonFilter {
  region?: Region | null;
}
