import { type LocalizedTextValues, type Region } from '@icssi/platform';
import { type PersonGender } from './person-gender';

// The inputs of the person writer: plain data, whatever the API (types/ implements these for GraphQL).

/** Who the person agreed may see their name. */
export enum NameConsent {
  PUBLIC = 'PUBLIC',
  NETWORK = 'NETWORK',
  NONE = 'NONE',
}

/** A person of the network. Personal values are never written to the audit trail. */
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

/** Changes to a person; fields left out stay as they are. Personal values never enter the audit trail. */
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

/** Archives a person: they leave every list and stay resolvable for admins (for safety, see lockdownPerson). */
export interface ArchivePersonInput {
  id: string;
  version: number;
}
