import { type LocalizedTextValues, type Region, type Theme } from '@icssi/platform';
import { type CampaignStatus } from './campaign-status';
import { type CampaignActionType } from './campaign-action-type';

// The inputs of the campaign writer: plain data, whatever the API (types/ implements these for GraphQL).

/** A new campaign. */
export interface CreateCampaignInput {
  idempotencyKey?: string | null;
  slug: string;
  title: LocalizedTextValues;
  summary?: LocalizedTextValues | null;
  goals?: LocalizedTextValues | null;
  themes: Theme[];
  status?: CampaignStatus | null;
  regions: Region[];
  governorateCodes?: string[] | null;
  startDate?: string | null;
  endDate?: string | null;
  leadWorkingGroupId?: string | null;
  leadOrganisationId?: string | null;
  parentCampaignId?: string | null;
}

/** Changes to a campaign; fields left out stay as they are. */
export interface UpdateCampaignInput {
  id: string;
  version: number;
  title?: LocalizedTextValues | null;
  summary?: LocalizedTextValues | null;
  status?: CampaignStatus | null;
  followCalendar?: boolean | null;
  themes?: Theme[] | null;
  startDate?: string | null;
  endDate?: string | null;
}

/** Retracts a campaign action. */
export interface ArchiveCampaignActionInput {
  id: string;
  version: number;
}

/** A dated activity of a campaign; located by governorate only. */
export interface AddCampaignActionInput {
  idempotencyKey?: string | null;
  campaignId: string;
  type: CampaignActionType;
  occurredOn: string;
  governorateCode?: string | null;
  description?: LocalizedTextValues | null;
  participantsTotal?: number | null;
  participantsWomen?: number | null;
  participantsYouth?: number | null;
}

/** Links a campaign to a partner organisation or to a forum recommendation it advances. */
export interface LinkCampaignInput {
  campaignId: string;
  targetId: string;
}

/** Changes to a campaign action; fields left out stay as they are. */
export interface UpdateCampaignActionInput {
  id: string;
  version: number;
  occurredOn?: string | null;
  description?: LocalizedTextValues | null;
  outcome?: LocalizedTextValues | null;
  participantsTotal?: number | null;
  participantsWomen?: number | null;
  participantsYouth?: number | null;
}

/** Archives a campaign: it leaves every list and stays resolvable for its editors and admins. */
export interface ArchiveCampaignInput {
  id: string;
  version: number;
}
