/** The life-cycle state of a cohesion council. */
export enum CouncilStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DISSOLVED = 'DISSOLVED',
}
