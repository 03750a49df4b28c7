import {
  CreateContextNonce1765410000001,
  IdempotencyKeyPerCaller1766000000000,
  CreateLockdown1764200000000,
  LockdownListVersion1765410000000,
  CreateMutationTables1764300000000,
  SearchOperatorCost1764400000000,
} from '@icssi/platform';
import { CreateOrganisations1764000000000 } from './1764000000000-create-organisations';
import { LoadGovernorates1764000000001 } from './1764000000001-load-governorates';
import { CompleteOrganisations1764100000000 } from './1764100000000-complete-organisations';
import { ContactAccessLog1764200100000 } from './1764200100000-contact-access-log';
import { ArchiveWorkingGroups1764300200000 } from './1764300200000-archive-working-groups';
import { ArchivePeople1764300400000 } from './1764300400000-archive-people';
import { GovernorateAliases1765100000000 } from './1765100000000-governorate-aliases';
import { PersonGenderAndRecordKey1765200000000 } from './1765200000000-person-gender-and-record-key';
import { CreateProgrammes1765300000000 } from './1765300000000-create-programmes';

/** Every migration of this service, oldest first. */
export const organisationsMigrations = [
  CreateOrganisations1764000000000,
  LoadGovernorates1764000000001,
  CompleteOrganisations1764100000000,
  CreateLockdown1764200000000,
  ContactAccessLog1764200100000,
  CreateMutationTables1764300000000,
  ArchiveWorkingGroups1764300200000,
  ArchivePeople1764300400000,
  SearchOperatorCost1764400000000,
  GovernorateAliases1765100000000,
  PersonGenderAndRecordKey1765200000000,
  CreateProgrammes1765300000000,
  LockdownListVersion1765410000000,
  CreateContextNonce1765410000001,
  IdempotencyKeyPerCaller1766000000000,
];
