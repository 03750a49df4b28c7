import { localizedFieldsResolver } from '@icssi/platform';
import { type CampaignActionEntity } from '../entities/campaign-action.entity';
import { type CampaignEntity } from '../entities/campaign.entity';
import { CampaignAction } from '../types/campaign-action.type';
import { Campaign } from '../types/campaign.type';

/** The localized texts of this subgraph's types: each gives `x`, `xTranslations` and `xText`. */
export const CampaignLocalizedFields = localizedFieldsResolver<CampaignEntity>(Campaign, {
  title: { read: (campaign) => campaign.title, description: 'The campaign’s title', nullable: false },
  summary: { read: (campaign) => campaign.summary, description: 'A short summary of the campaign', nullable: true },
  goals: { read: (campaign) => campaign.goals, description: 'The campaign’s goals', nullable: true },
});

export const CampaignActionLocalizedFields = localizedFieldsResolver<CampaignActionEntity>(CampaignAction, {
  description: { read: (action) => action.description, description: 'What happened', nullable: true },
  outcome: { read: (action) => action.outcome, description: 'What came of it', nullable: true },
});
