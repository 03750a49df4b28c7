import { type LocalizedTextValues, type Region } from '@icssi/platform';

/** A new social forum (admins). */
export interface CreateForumInput {
  idempotencyKey?: string | null;
  slug: string;
  name: LocalizedTextValues;
  region: Region;
  hostGovernorateCode: string;
  foundedYear?: number | null;
  secretariatOrganisationId?: string | null;
}

/** Changes to a forum (admins); fields left out stay as they are. */
export interface UpdateForumInput {
  id: string;
  version: number;
  name?: LocalizedTextValues | null;
  foundedYear?: number | null;
  secretariatOrganisationId?: string | null;
}

/** Archives a forum that no longer meets (admins). */
export interface ArchiveForumInput {
  id: string;
  version: number;
}
