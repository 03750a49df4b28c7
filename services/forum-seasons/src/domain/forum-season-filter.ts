import { type DateSpan, type OrderDirection, type Region } from '@icssi/platform';
import { type ForumSeasonStatus } from './forum-season-status';

/** What to sort forum seasons by. */
export enum ForumSeasonOrderField {
  START_DATE = 'START_DATE',
  YEAR = 'YEAR',
  NUMBER = 'NUMBER',
}

/** Narrows a list of forum seasons; all given conditions must hold. */
export interface ForumSeasonFilter {
  forumId?: string | null;
  region?: Region | null;
  year?: number | null;
  status?: ForumSeasonStatus | null;
  governorateCode?: string | null;
  held?: DateSpan | null;
  text?: string | null;
}

/** Sort order of a list of forum seasons. */
export interface ForumSeasonOrder {
  field: ForumSeasonOrderField;
  direction: OrderDirection;
}
