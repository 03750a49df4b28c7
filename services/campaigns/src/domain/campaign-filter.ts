import { type DateSpan, type OrderDirection, type Region, type Theme } from '@icssi/platform';
import { type CampaignStatus } from './campaign-status';

/** What to sort campaigns by. */
export enum CampaignOrderField {
  START_DATE = 'START_DATE',
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
}

// What a list of campaigns asks for, as the reader takes it (types/ implements these for GraphQL).

/** Narrows a list of campaigns; all given conditions must hold. */
export interface CampaignFilter {
  region?: Region | null;
  governorateCode?: string | null;
  theme?: Theme | null;
  status?: CampaignStatus[] | null;
  period?: DateSpan | null;
  text?: string | null;
}

/** Sort order of a list of campaigns. */
export interface CampaignOrder {
  field: CampaignOrderField;
  direction: OrderDirection;
}
