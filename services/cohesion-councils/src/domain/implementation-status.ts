/** How far a council has come with a recommendation. */
export enum ImplementationStatus {
  NOT_STARTED = 'NOT_STARTED',
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  IMPLEMENTED = 'IMPLEMENTED',
  STALLED = 'STALLED',
  REJECTED = 'REJECTED',
}
