export enum WorkingGroupStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  CLOSED = 'CLOSED',
}
