import { type DateSpan, type OrderDirection, type Theme } from '@icssi/platform';
import { type RecommendationStatus } from './recommendation-status';

/** What to sort recommendations by. */
export enum RecommendationOrderField {
  SLUG = 'SLUG',
  TITLE = 'TITLE',
  ADOPTED_ON = 'ADOPTED_ON',
}

/** Narrows a list of recommendations; all given conditions must hold. */
export interface RecommendationFilter {
  status?: RecommendationStatus | null;
  theme?: Theme | null;
  forumId?: string | null;
  seasonId?: string | null;
  adopted?: DateSpan | null;
  text?: string | null;
}

/** Sort order of a list of recommendations. */
export interface RecommendationOrder {
  field: RecommendationOrderField;
  direction: OrderDirection;
}
