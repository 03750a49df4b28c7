import {
  CreateContextNonce1765410000001,
  IdempotencyKeyPerCaller1766000000000,
  CreateLockdown1764200000000,
  LockdownListVersion1765410000000,
  CreateMutationTables1764300000000,
} from '@icssi/platform';
import { CreateCohesionCouncils1764000300000 } from './1764000300000-create-cohesion-councils';
import { CompleteCohesionCouncils1764100300000 } from './1764100300000-complete-cohesion-councils';
import { ArchiveCouncils1764300300000 } from './1764300300000-archive-councils';
import { ArchiveCouncilMeetings1764300400000 } from './1764300400000-archive-council-meetings';
import { ArchiveImplementations1764300500000 } from './1764300500000-archive-implementations';
import { SearchCouncils1765100300000 } from './1765100300000-search-councils';
import { CouncilRecordKeys1765200200000 } from './1765200200000-council-record-keys';
import { CohesionCouncilProgramme1765300100000 } from './1765300100000-cohesion-council-programme';

/** Every migration of this service, oldest first. */
export const cohesionCouncilsMigrations = [
  CreateCohesionCouncils1764000300000,
  CompleteCohesionCouncils1764100300000,
  CreateLockdown1764200000000,
  CreateMutationTables1764300000000,
  ArchiveCouncils1764300300000,
  ArchiveCouncilMeetings1764300400000,
  ArchiveImplementations1764300500000,
  SearchCouncils1765100300000,
  CouncilRecordKeys1765200200000,
  CohesionCouncilProgramme1765300100000,
  LockdownListVersion1765410000000,
  CreateContextNonce1765410000001,
  IdempotencyKeyPerCaller1766000000000,
];
