import { connectionType } from '@icssi/platform';
import { CampaignAction } from './campaign-action.type';
import { Campaign } from './campaign.type';

export const CampaignConnection = connectionType(Campaign, 'Campaign', 'A page of campaigns.');
export const CampaignActionConnection = connectionType(CampaignAction, 'CampaignAction', 'A page of campaign actions, by date.');
