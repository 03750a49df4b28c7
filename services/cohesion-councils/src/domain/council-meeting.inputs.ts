import { type DateSpan, type LocalizedTextValues } from '@icssi/platform';

/** Plain inputs of the council-meeting writers and readers; the GraphQL input classes in types/ implement them. */
export interface CouncilMeetingFilter {
  governorateCode?: string | null;
  held?: DateSpan | null;
}

export interface RecordCouncilMeetingInput {
  idempotencyKey?: string | null;
  councilId: string;
  heldOn: string;
  attendanceTotal?: number | null;
  attendanceWomen?: number | null;
  attendanceYouth?: number | null;
  summary?: LocalizedTextValues | null;
}

export interface ArchiveCouncilMeetingInput {
  id: string;
  version: number;
}

export interface UpdateCouncilMeetingInput {
  id: string;
  version: number;
  heldOn?: string | null;
  attendanceTotal?: number | null;
  attendanceWomen?: number | null;
  attendanceYouth?: number | null;
  summary?: LocalizedTextValues | null;
}
