import { type DateSpan } from '@icssi/platform';

// What a list of council meetings asks for, as the reader takes it (types/ implements these for GraphQL).

/** Narrows a list of council meetings. */
export interface CouncilMeetingFilter {
  governorateCode?: string | null;
  held?: DateSpan | null;
}
