import { type LocalizedTextValues } from '@icssi/platform';

// The inputs of the council meeting writer: plain data, whatever the API (types/ implements these for GraphQL).

/** A council meeting: date and attendance counts (never attendee lists). */
export interface RecordCouncilMeetingInput {
  idempotencyKey?: string | null;
  councilId: string;
  heldOn: string;
  attendanceTotal?: number | null;
  attendanceWomen?: number | null;
  attendanceYouth?: number | null;
  summary?: LocalizedTextValues | null;
}

/** Archives a meeting recorded by mistake. */
export interface ArchiveCouncilMeetingInput {
  id: string;
  version: number;
}

/** Corrects a meeting record; fields left out stay as they are. */
export interface UpdateCouncilMeetingInput {
  id: string;
  version: number;
  heldOn?: string | null;
  attendanceTotal?: number | null;
  attendanceWomen?: number | null;
  attendanceYouth?: number | null;
  summary?: LocalizedTextValues | null;
}
