import {
  CreateContextNonce1765410000001,
  IdempotencyKeyPerCaller1766000000000,
  CreateLockdown1764200000000,
  LockdownListVersion1765410000000,
  CreateMutationTables1764300000000,
  SearchOperatorCost1764400000000,
} from '@icssi/platform';
import { CreateForumSeasons1764000200000 } from './1764000200000-create-forum-seasons';
import { CompleteForumSeasons1764100200000 } from './1764100200000-complete-forum-seasons';
import { ArchiveForumSessions1764300200000 } from './1764300200000-archive-forum-sessions';
import { ArchiveForumSeasons1764300300000 } from './1764300300000-archive-forum-seasons';
import { ArchiveForums1764300400000 } from './1764300400000-archive-forums';
import { SearchProgramme1765100200000 } from './1765100200000-search-programme';
import { ForumProgramme1765300100000 } from './1765300100000-forum-programme';

/** Every migration of this service, oldest first. */
export const forumSeasonsMigrations = [
  CreateForumSeasons1764000200000,
  CompleteForumSeasons1764100200000,
  CreateLockdown1764200000000,
  CreateMutationTables1764300000000,
  ArchiveForumSessions1764300200000,
  ArchiveForumSeasons1764300300000,
  ArchiveForums1764300400000,
  SearchOperatorCost1764400000000,
  SearchProgramme1765100200000,
  ForumProgramme1765300100000,
  LockdownListVersion1765410000000,
  CreateContextNonce1765410000001,
  IdempotencyKeyPerCaller1766000000000,
];
