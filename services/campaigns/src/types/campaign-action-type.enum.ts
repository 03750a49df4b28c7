import { registerEnumType } from 'type-graphql';
import { CampaignActionType } from '../domain/campaign-action-type';

registerEnumType(CampaignActionType, {
  name: 'CampaignActionType',
  description: 'What kind of activity a campaign action is.',
  valuesConfig: {
    PUBLIC_EVENT: { description: 'A public event.' },
    WORKSHOP: { description: 'A workshop.' },
    TRAINING: { description: 'A training.' },
    MEDIA: { description: 'Media work (articles, broadcasts, social media).' },
    ADVOCACY_MEETING: { description: 'A meeting with authorities or decision makers.' },
    PETITION: { description: 'A petition.' },
    DEMONSTRATION: { description: 'A demonstration or sit-in.' },
    CULTURAL_EVENT: { description: 'A cultural event.' },
  },
});

/** The domain's enum (GraphQL types import it from here, so it is registered first). */
export { CampaignActionType };
