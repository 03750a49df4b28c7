import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  type MutationResult,
  type WriteCaller,
  checkText,
  archiveRecord,
  diff,
  fromTextInput,
  runWrite,
  updateRecord,
  type WriteTarget,
} from '@icssi/platform';
import {
  type ArchiveCouncilMeetingInput,
  type RecordCouncilMeetingInput,
  type UpdateCouncilMeetingInput,
} from './council-meeting.commands';
import { editableCouncil, editableOfCouncil } from './council.writer';

/** The most people one meeting may record. */
const MAX_ATTENDANCE = 100_000;

/** Council meetings (attendance counts, never attendee lists): editors of the council's region and admins. */
export class CouncilMeetingWriter {
  constructor(private readonly dataSource: DataSource) {}

  recordMeeting(caller: WriteCaller, input: RecordCouncilMeetingInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'recordCouncilMeeting',
      entityType: 'CouncilMeeting',
      input,
      execute: async (manager) => {
        const council = await editableCouncil(manager, caller, input.councilId);
        if ('userErrors' in council) return council;
        const checks = new InputChecks(caller.locale);
        checks.headCounts(
          'attendance',
          { total: input.attendanceTotal, women: input.attendanceWomen, youth: input.attendanceYouth },
          MAX_ATTENDANCE,
        );
        checkText(checks, input.summary, 5000, ['input', 'summary'], false);
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO council_meeting (council_id, held_on, governorate_code, attendance_total, attendance_women, attendance_youth, summary)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
          [
            input.councilId,
            input.heldOn,
            council.row.governorate_code,
            input.attendanceTotal ?? null,
            input.attendanceWomen ?? null,
            input.attendanceYouth ?? null,
            input.summary ? JSON.stringify(fromTextInput(input.summary)) : null,
          ],
        );
        return {
          entityId: row.id as string,
          changes: diff(null, row, ['council_id', 'held_on', 'attendance_total', 'attendance_women', 'attendance_youth']),
        };
      },
    });
  }

  updateMeeting(caller: WriteCaller, input: UpdateCouncilMeetingInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateCouncilMeeting',
      entityType: 'CouncilMeeting',
      input,
      execute: (manager) =>
        updateRecord(manager, caller, {
          table: 'council_meeting',
          load: (m, c, id) => this.editableMeeting(m, c, id),
          input,
          check: (checks, meeting) => {
            checks.headCounts(
              'attendance',
              {
                total: input.attendanceTotal !== undefined ? input.attendanceTotal : (meeting.attendance_total as number | null),
                women: input.attendanceWomen ?? (meeting.attendance_women as number | null),
                youth: input.attendanceYouth ?? (meeting.attendance_youth as number | null),
              },
              MAX_ATTENDANCE,
            );
            checkText(checks, input.summary, 5000, ['input', 'summary'], false);
          },
          values: () => {
            const values: Record<string, unknown> = {};
            if (input.heldOn) values.held_on = input.heldOn;
            if (input.attendanceTotal !== undefined) values.attendance_total = input.attendanceTotal;
            if (input.attendanceWomen !== undefined) values.attendance_women = input.attendanceWomen;
            if (input.attendanceYouth !== undefined) values.attendance_youth = input.attendanceYouth;
            if (input.summary) values.summary = JSON.stringify(fromTextInput(input.summary));
            return values;
          },
          audited: ['held_on', 'attendance_total', 'attendance_women', 'attendance_youth', 'summary'],
        }),
    });
  }

  /** Archives a meeting recorded by mistake: it leaves every list; the row and its audit stay. */
  archiveMeeting(caller: WriteCaller, input: ArchiveCouncilMeetingInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveCouncilMeeting',
      entityType: 'CouncilMeeting',
      input,
      execute: (manager) =>
        archiveRecord(manager, caller, { table: 'council_meeting', load: (m, c, id) => this.editableMeeting(m, c, id, true), input }),
    });
  }

  /** A meeting is edited by the editors of its council's region. */
  private editableMeeting(manager: EntityManager, caller: WriteCaller, id: string, archiving = false): Promise<WriteTarget> {
    return editableOfCouncil(manager, caller, id, { select: `SELECT * FROM council_meeting WHERE id = $1` }, archiving);
  }
}
