import { type Region } from '@icssi/platform';

// What a list of governorates asks for, as the reader takes it (types/ implements these for GraphQL).

/** Narrows the list of governorates. */
export interface GovernorateFilter {
  region?: Region | null;
  text?: string | null;
}
