import { registerEnumType } from 'type-graphql';
import { RecommendationStatus } from '../domain/recommendation-status';

registerEnumType(RecommendationStatus, {
  name: 'RecommendationStatus',
  description: 'Whether a recommendation has been adopted by its season.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed, not yet adopted.' },
    ADOPTED: { description: 'Adopted by the season.' },
    WITHDRAWN: { description: 'Withdrawn.' },
  },
});

/** The domain's enum (GraphQL types import it from here, so it is registered first). */
export { RecommendationStatus };
