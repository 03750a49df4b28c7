import { type LocalizedTextValues } from '@icssi/platform';
import { type ForumSeasonStatus } from './forum-season-status';

/** A new season of a forum; its number is unique within the forum. */
export interface CreateForumSeasonInput {
  idempotencyKey?: string | null;
  forumId: string;
  number: number;
  year: number;
  startDate?: string | null;
  endDate?: string | null;
  governorateCode: string;
  venue?: LocalizedTextValues | null;
  theme?: LocalizedTextValues | null;
  status?: ForumSeasonStatus | null;
}

/** An organisation takes part in a season. */
export interface AddSeasonParticipantInput {
  seasonId: string;
  organisationId: string;
}

/** Changes to a season; fields left out stay as they are. */
export interface UpdateForumSeasonInput {
  id: string;
  version: number;
  status?: ForumSeasonStatus | null;
  startDate?: string | null;
  endDate?: string | null;
  theme?: LocalizedTextValues | null;
}

/** Archives a season announced but never held. */
export interface ArchiveForumSeasonInput {
  id: string;
  version: number;
}
