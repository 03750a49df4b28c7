import { registerEnumType } from 'type-graphql';

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  description: 'The life-cycle state of a campaign.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; not public yet.' },
    PLANNED: { description: 'Announced, not started.' },
    ACTIVE: { description: 'Running.' },
    COMPLETED: { description: 'Finished.' },
    CANCELLED: { description: 'Called off.' },
  },
});
