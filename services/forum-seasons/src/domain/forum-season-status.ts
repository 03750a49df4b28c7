/** Where a forum season stands. */
export enum ForumSeasonStatus {
  PLANNED = 'PLANNED',
  OPEN = 'OPEN',
  CONCLUDED = 'CONCLUDED',
}
