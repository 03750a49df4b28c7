import { type LocalizedTextValues, type Region } from '@icssi/platform';
import { type PersonGender } from './person-gender';

/** Plain inputs of the person writers and readers; the GraphQL input classes in types/ implement them. */
export interface PersonFilter {
  region?: Region | null;
}

export enum NameConsent {
  PUBLIC = 'PUBLIC',
  NETWORK = 'NETWORK',
  NONE = 'NONE',
}

export interface CreatePersonInput {
  idempotencyKey?: string | null;
  displayName: LocalizedTextValues;
  pseudonym: string;
  region: Region;
  nameConsent: NameConsent;
  gender?: PersonGender | null;
  birthYear?: number | null;
  email?: string | null;
  phone?: string | null;
}

export interface UpdatePersonInput {
  id: string;
  version: number;
  displayName?: LocalizedTextValues | null;
  pseudonym?: string | null;
  nameConsent?: NameConsent | null;
  gender?: PersonGender | null;
  email?: string | null;
  phone?: string | null;
}

export interface ArchivePersonInput {
  id: string;
  version: number;
}
