import {
  CreateContextNonce1765410000001,
  IdempotencyKeyPerCaller1766000000000,
  CreateLockdown1764200000000,
  LockdownListVersion1765410000000,
  CreateMutationTables1764300000000,
  SearchOperatorCost1764400000000,
} from '@icssi/platform';
import { CreateCampaigns1764000100000 } from './1764000100000-create-campaigns';
import { CompleteCampaigns1764100100000 } from './1764100100000-complete-campaigns';
import { ArchiveCampaigns1764300100000 } from './1764300100000-archive-campaigns';
import { ArchiveCampaignActions1764300200000 } from './1764300200000-archive-campaign-actions';
import { CampaignStatusCalendar1765100100000 } from './1765100100000-campaign-status-calendar';
import { CampaignActionRecordKey1765200100000 } from './1765200100000-campaign-action-record-key';
import { CampaignProgramme1765300100000 } from './1765300100000-campaign-programme';

/** Every migration of this service, oldest first. */
export const campaignsMigrations = [
  CreateCampaigns1764000100000,
  CompleteCampaigns1764100100000,
  CreateLockdown1764200000000,
  CreateMutationTables1764300000000,
  ArchiveCampaigns1764300100000,
  ArchiveCampaignActions1764300200000,
  SearchOperatorCost1764400000000,
  CampaignStatusCalendar1765100100000,
  CampaignActionRecordKey1765200100000,
  CampaignProgramme1765300100000,
  LockdownListVersion1765410000000,
  CreateContextNonce1765410000001,
  IdempotencyKeyPerCaller1766000000000,
];
