import { type Region } from '@icssi/platform';

/** Plain inputs of the governorate writers and readers; the GraphQL input classes in types/ implement them. */
export interface GovernorateFilter {
  region?: Region | null;
  text?: string | null;
}
