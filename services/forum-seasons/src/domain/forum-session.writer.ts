import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  type MutationResult,
  type WriteCaller,
  checkReferencedRecords,
  type ReferenceChecker,
  type Region,
  UserErrorCode,
  checkText,
  archiveRecord,
  diff,
  fromTextInput,
  isRegionTeam,
  runWrite,
  loadTarget,
  archivedUnless,
  updateRecord,
  type WriteTarget,
} from '@icssi/platform';
import { type AddForumSessionInput, type ArchiveForumSessionInput, type UpdateForumSessionInput } from './forum-session.commands';
import { editableSeason } from './forum-season.writer';
import { ORGANISATION } from './reference-kinds';

/** Forum sessions (a season's programme items): editors of the forum's region and admins. */
export class ForumSessionWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceChecker,
  ) {}

  add(caller: WriteCaller, input: AddForumSessionInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'addForumSession',
      entityType: 'ForumSession',
      input,
      execute: async (manager) => {
        const season = await editableSeason(manager, caller, input.seasonId);
        if ('userErrors' in season) return season;
        const checks = new InputChecks(caller.locale);
        checkText(checks, input.title, 300, ['input', 'title'], true);
        if (input.startsAt && input.endsAt && input.endsAt < input.startsAt)
          checks.fail(UserErrorCode.INVALID, ['input', 'endsAt'], 'datesOutOfOrder');
        const organisers = [...new Set(input.organiserIds ?? [])];
        await checkReferencedRecords(
          this.references,
          caller,
          checks,
          ORGANISATION,
          organisers.map((id, index) => ({ key: id, field: ['input', 'organiserIds', String(index)] })),
        );
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO forum_session (season_id, title, format, themes, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
          [
            input.seasonId,
            JSON.stringify(fromTextInput(input.title)),
            input.format,
            input.themes ?? [],
            input.startsAt ?? null,
            input.endsAt ?? null,
          ],
        );
        for (const organisationId of organisers) {
          await manager.query(`INSERT INTO forum_session_organiser (session_id, organisation_id) VALUES ($1, $2)`, [
            row.id,
            organisationId,
          ]);
        }
        return {
          entityId: row.id as string,
          changes: [
            ...diff(null, row, ['season_id', 'title', 'format', 'themes', 'starts_at', 'ends_at']),
            { field: 'organisers', new: organisers },
          ],
        };
      },
    });
  }

  /** Corrects a programme item (editors of the forum's region, admins). */
  update(caller: WriteCaller, input: UpdateForumSessionInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateForumSession',
      entityType: 'ForumSession',
      input,
      execute: (manager) =>
        updateRecord(manager, caller, {
          table: 'forum_session',
          load: (m, c, id) => this.editableSession(m, c, id),
          input,
          check: (checks, session) => {
            if (input.title) checkText(checks, input.title, 300, ['input', 'title'], true);
            const startsAt = input.startsAt !== undefined ? input.startsAt : (session.starts_at as Date | null);
            const endsAt = input.endsAt !== undefined ? input.endsAt : (session.ends_at as Date | null);
            if (startsAt && endsAt && endsAt < startsAt) checks.fail(UserErrorCode.INVALID, ['input', 'endsAt'], 'datesOutOfOrder');
          },
          values: () => {
            const values: Record<string, unknown> = {};
            if (input.title) values.title = JSON.stringify(fromTextInput(input.title));
            if (input.format) values.format = input.format;
            if (input.themes) values.themes = input.themes;
            if (input.startsAt !== undefined) values.starts_at = input.startsAt;
            if (input.endsAt !== undefined) values.ends_at = input.endsAt;
            return values;
          },
          audited: ['title', 'format', 'themes', 'starts_at', 'ends_at'],
        }),
    });
  }

  /** Archives a cancelled or mistaken programme item: it leaves every list; the row and its audit stay. */
  archive(caller: WriteCaller, input: ArchiveForumSessionInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveForumSession',
      entityType: 'ForumSession',
      input,
      execute: (manager) =>
        archiveRecord(manager, caller, { table: 'forum_session', load: (m, c, id) => this.editableSession(m, c, id, true), input }),
    });
  }

  /** A session belongs to the region of its season's forum; one of an archived season is not edited any more (archiving it again changes nothing). */
  private editableSession(manager: EntityManager, caller: WriteCaller, id: string, archiving = false): Promise<WriteTarget> {
    return loadTarget(manager, caller.locale, id, {
      select: `SELECT fs.*, f.region, s.archived_at AS season_archived_at FROM forum_session fs JOIN forum_season s ON s.id = fs.season_id JOIN forum f ON f.id = s.forum_id WHERE fs.id = $1`,
      gone: archivedUnless(archiving, 'season_archived_at'),
      allowed: (row) => isRegionTeam(caller.viewer, row.region as Region),
      joined: ['region', 'season_archived_at'],
    });
  }
}
