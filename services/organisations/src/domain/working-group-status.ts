/** The life-cycle state of a working group. */
export enum WorkingGroupStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  CLOSED = 'CLOSED',
}
