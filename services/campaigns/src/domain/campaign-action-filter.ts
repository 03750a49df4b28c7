import { type DateSpan } from '@icssi/platform';
import { type CampaignActionType } from './campaign-action-type';

/** Narrows a list of campaign actions. */
export interface CampaignActionFilter {
  type?: CampaignActionType | null;
  governorateCode?: string | null;
  occurred?: DateSpan | null;
}
