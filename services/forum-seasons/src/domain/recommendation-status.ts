/** Whether a recommendation has been adopted by its season. */
export enum RecommendationStatus {
  PROPOSED = 'PROPOSED',
  ADOPTED = 'ADOPTED',
  WITHDRAWN = 'WITHDRAWN',
}
