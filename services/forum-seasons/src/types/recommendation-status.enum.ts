import { registerEnumType } from 'type-graphql';

export enum RecommendationStatus {
  PROPOSED = 'PROPOSED',
  ADOPTED = 'ADOPTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(RecommendationStatus, {
  name: 'RecommendationStatus',
  description: 'Whether a recommendation has been adopted by its season.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed, not yet adopted.' },
    ADOPTED: { description: 'Adopted by the season.' },
    WITHDRAWN: { description: 'Withdrawn.' },
  },
});
