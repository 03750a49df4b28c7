import { type Region } from '@icssi/platform';

/** Narrows the list of forums. */
export interface ForumFilter {
  region?: Region | null;
  text?: string | null;
}
