/** The regions of the ICSSI network. Identical in every subgraph (a shared value type). */
export enum Region {
  FEDERAL_IRAQ = 'FEDERAL_IRAQ',
  KURDISTAN_REGION = 'KURDISTAN_REGION',
  INTERNATIONAL = 'INTERNATIONAL',
}
