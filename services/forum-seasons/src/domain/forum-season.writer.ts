import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  type MutationResult,
  type WriteCaller,
  checkReferencedRecords,
  type ReferenceChecker,
  type Region,
  checkText,
  archiveRecord,
  diff,
  fromTextInput,
  isRegionTeam,
  normalizeGovernorateCode,
  runWrite,
  loadTarget,
  archivedUnless,
  updateRecord,
  type WriteTarget,
} from '@icssi/platform';
import { ForumSeasonStatus } from './forum-season-status';
import {
  type AddSeasonParticipantInput,
  type ArchiveForumSeasonInput,
  type CreateForumSeasonInput,
  type UpdateForumSeasonInput,
} from './forum-season.commands';
import { GOVERNORATE, ORGANISATION } from './reference-kinds';

/** Forum seasons: editors of the forum's region and admins; a season number is taken once per forum. */
export class ForumSeasonWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceChecker,
  ) {}

  create(caller: WriteCaller, input: CreateForumSeasonInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'createForumSeason',
      entityType: 'ForumSeason',
      input,
      uniqueFields: { forum_season_number_key: ['input', 'number'] },
      execute: async (manager) => {
        // An archived forum holds no new seasons.
        const forum = await loadTarget(manager, caller.locale, input.forumId, {
          select: `SELECT region FROM forum WHERE id = $1 AND archived_at IS NULL`,
          field: ['input', 'forumId'],
          allowed: (row) => isRegionTeam(caller.viewer, row.region as Region),
        });
        if ('userErrors' in forum) return forum;
        const checks = new InputChecks(caller.locale);
        checks.range(input.number, 1, 1000, ['input', 'number']);
        checks.range(input.year, 1990, 2100, ['input', 'year']);
        checks.datesInOrder(input.startDate, input.endDate, ['input', 'endDate']);
        checkText(checks, input.venue, 200, ['input', 'venue'], false);
        checkText(checks, input.theme, 300, ['input', 'theme'], false);
        const code = normalizeGovernorateCode(input.governorateCode);
        await checkReferencedRecords(this.references, caller, checks, GOVERNORATE, [{ key: code, field: ['input', 'governorateCode'] }]);
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO forum_season (forum_id, number, year, start_date, end_date, governorate_code, venue, theme, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
          [
            input.forumId,
            input.number,
            input.year,
            input.startDate ?? null,
            input.endDate ?? null,
            code,
            input.venue ? JSON.stringify(fromTextInput(input.venue)) : null,
            input.theme ? JSON.stringify(fromTextInput(input.theme)) : null,
            input.status ?? ForumSeasonStatus.PLANNED,
          ],
        );
        return {
          entityId: row.id as string,
          changes: diff(null, row, ['forum_id', 'number', 'year', 'start_date', 'end_date', 'governorate_code', 'status']),
        };
      },
    });
  }

  addParticipant(caller: WriteCaller, input: AddSeasonParticipantInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'addSeasonParticipant',
      entityType: 'ForumSeason',
      input,
      uniqueFields: { forum_season_participant_pkey: ['input', 'organisationId'] },
      execute: async (manager) => {
        const season = await editableSeason(manager, caller, input.seasonId);
        if ('userErrors' in season) return season;
        const checks = new InputChecks(caller.locale);
        await checkReferencedRecords(this.references, caller, checks, ORGANISATION, [
          { key: input.organisationId, field: ['input', 'organisationId'] },
        ]);
        if (!checks.ok) return { userErrors: checks.errors };
        await manager.query(`INSERT INTO forum_season_participant (season_id, organisation_id) VALUES ($1, $2)`, [
          input.seasonId,
          input.organisationId,
        ]);
        return { entityId: input.seasonId, changes: [{ field: 'participants', new: input.organisationId }] };
      },
    });
  }

  update(caller: WriteCaller, input: UpdateForumSeasonInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateForumSeason',
      entityType: 'ForumSeason',
      input,
      execute: (manager) =>
        updateRecord(manager, caller, {
          table: 'forum_season',
          load: (m, c, id) => editableSeason(m, c, id, ['input', 'id']),
          input,
          check: (checks, season) => {
            checks.datesInOrder(
              input.startDate ?? (season.start_date as string | null),
              input.endDate ?? (season.end_date as string | null),
              ['input', 'endDate'],
            );
            checkText(checks, input.theme, 300, ['input', 'theme'], false);
          },
          values: () => {
            const values: Record<string, unknown> = {};
            if (input.status) values.status = input.status;
            if (input.startDate !== undefined) values.start_date = input.startDate;
            if (input.endDate !== undefined) values.end_date = input.endDate;
            if (input.theme) values.theme = JSON.stringify(fromTextInput(input.theme));
            return values;
          },
          audited: ['status', 'start_date', 'end_date', 'theme'],
        }),
    });
  }

  /** Archives a season announced but never held; one with live recommendations stays (withdraw them first). */
  archive(caller: WriteCaller, input: ArchiveForumSeasonInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveForumSeason',
      entityType: 'ForumSeason',
      input,
      execute: (manager) =>
        archiveRecord(manager, caller, {
          table: 'forum_season',
          load: (m, c, id) => editableSeason(m, c, id, ['input', 'id'], true),
          input,
          inUse: {
            count: `SELECT count(*)::int AS live FROM recommendation WHERE season_id = $1 AND status <> 'WITHDRAWN'`,
            what: 'recommendations',
          },
        }),
    });
  }
}

/** A season a write changes or adds to: an archived one only to archive it again (which changes nothing). */
export function editableSeason(
  manager: EntityManager,
  caller: WriteCaller,
  id: string,
  field: string[] = ['input', 'seasonId'],
  archiving = false,
): Promise<WriteTarget> {
  return loadTarget(manager, caller.locale, id, {
    select: `SELECT s.*, f.region FROM forum_season s JOIN forum f ON f.id = s.forum_id WHERE s.id = $1`,
    field,
    gone: archivedUnless(archiving),
    allowed: (row) => isRegionTeam(caller.viewer, row.region as Region),
    joined: ['region'],
  });
}
