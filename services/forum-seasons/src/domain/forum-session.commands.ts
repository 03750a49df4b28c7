import { type LocalizedTextValues, type Theme } from '@icssi/platform';
import { type SessionFormat } from './session-format';

/** A programme item of a season. */
export interface AddForumSessionInput {
  idempotencyKey?: string | null;
  seasonId: string;
  title: LocalizedTextValues;
  format: SessionFormat;
  themes?: Theme[] | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  organiserIds?: string[] | null;
}

/** Changes to a programme item; fields left out stay as they are. */
export interface UpdateForumSessionInput {
  id: string;
  version: number;
  title?: LocalizedTextValues | null;
  format?: SessionFormat | null;
  themes?: Theme[] | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
}

/** Archives a cancelled or mistaken programme item. */
export interface ArchiveForumSessionInput {
  id: string;
  version: number;
}
