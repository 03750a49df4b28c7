import { type PeopleCount, measureKey, protectCount } from '@icssi/platform';
import { type CouncilMeetingEntity } from '../entities/council-meeting.entity';

/**
 * A meeting's attendance figures are counts of people with no person records behind them: each
 * figure's cell key is derived from the meeting's secret record key and the figure's name (as for
 * campaign actions' participants), so a figure always gets the same protected value.
 */
export type AttendanceMeasure = 'attendance_total' | 'attendance_women' | 'attendance_youth';

const COLUMN: Record<AttendanceMeasure, 'attendanceTotal' | 'attendanceWomen' | 'attendanceYouth'> = {
  attendance_total: 'attendanceTotal',
  attendance_women: 'attendanceWomen',
  attendance_youth: 'attendanceYouth',
};

/** One of a meeting's attendance figures, protected like every count of people; null when not recorded. */
export function meetingAttendance(meeting: CouncilMeetingEntity, measure: AttendanceMeasure): PeopleCount | null {
  const count = meeting[COLUMN[measure]];
  if (count == null) return null;
  return protectCount({ count, cellKey: measureKey(meeting.recordKey, measure) });
}
