import { registerEnumType } from 'type-graphql';

export enum CampaignActionType {
  PUBLIC_EVENT = 'PUBLIC_EVENT',
  WORKSHOP = 'WORKSHOP',
  TRAINING = 'TRAINING',
  MEDIA = 'MEDIA',
  ADVOCACY_MEETING = 'ADVOCACY_MEETING',
  PETITION = 'PETITION',
  DEMONSTRATION = 'DEMONSTRATION',
  CULTURAL_EVENT = 'CULTURAL_EVENT',
}

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
