import { registerEnumType } from 'type-graphql';
import { CampaignStatus } from '../domain/campaign-status';

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

/** The domain's enum (GraphQL types import it from here, so it is registered first). */
export { CampaignStatus };
