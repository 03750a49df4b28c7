import { type LocalizedTextValues, type Theme } from '@icssi/platform';

/** A recommendation proposed at a forum season. */
export interface CreateRecommendationInput {
  idempotencyKey?: string | null;
  seasonId: string;
  slug: string;
  title: LocalizedTextValues;
  text?: LocalizedTextValues | null;
  themes: Theme[];
}

/** The season adopts a proposed recommendation. */
export interface AdoptRecommendationInput {
  id: string;
  version: number;
  adoptedOn: string;
}

/** A recommendation is withdrawn. */
export interface WithdrawRecommendationInput {
  id: string;
  version: number;
}

/** Changes to a recommendation’s wording or themes. */
export interface UpdateRecommendationInput {
  id: string;
  version: number;
  title?: LocalizedTextValues | null;
  text?: LocalizedTextValues | null;
  themes?: Theme[] | null;
}
