import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  LockdownSubject,
  type MutationResult,
  type WriteCaller,
  checkReferencedRecords,
  type ReferenceChecker,
  type Region,
  UserErrorCode,
  checkText,
  archiveVersioned,
  diff,
  fromTextInput,
  isCustodian,
  isRegionTeam,
  normalizeGovernorateCode,
  outcomes,
  runWrite,
  loadTarget,
  archivedUnless,
  writeVersioned,
  type WriteTarget,
} from '@icssi/platform';
import { ForumSeasonStatus } from '../types/forum-season-status.enum';
import {
  type AddForumSessionInput,
  type AddSeasonParticipantInput,
  type ArchiveForumInput,
  type ArchiveForumSeasonInput,
  type ArchiveForumSessionInput,
  type CreateForumInput,
  type CreateForumSeasonInput,
  type UpdateForumInput,
  type UpdateForumSeasonInput,
  type UpdateForumSessionInput,
} from '../types/season-mutation.inputs';

/** Organisations a season or session names (participants, organisers, secretariat): forums bring the regions together, so any region; never a locked-down or archived one. */
const ORGANISATION = { owner: 'organisations', typename: 'Organisation', lockdown: LockdownSubject.ORGANISATION } as const;
/** Where a season is held: a governorate of a region the caller may name. */
const GOVERNORATE = { owner: 'organisations', typename: 'Governorate', keyField: 'code', regionField: 'region' } as const;

/** Forum seasons: editors of the forum's region and admins; a season number is taken once per forum. */
export class SeasonWriter {
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

  addSession(caller: WriteCaller, input: AddForumSessionInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'addForumSession',
      entityType: 'ForumSession',
      input,
      execute: async (manager) => {
        const season = await this.editableSeason(manager, caller, input.seasonId);
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

  addParticipant(caller: WriteCaller, input: AddSeasonParticipantInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'addSeasonParticipant',
      entityType: 'ForumSeason',
      input,
      uniqueFields: { forum_season_participant_pkey: ['input', 'organisationId'] },
      execute: async (manager) => {
        const season = await this.editableSeason(manager, caller, input.seasonId);
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
      execute: async (manager) => {
        const season = await this.editableSeason(manager, caller, input.id, ['input', 'id']);
        if ('userErrors' in season) return season;
        const checks = new InputChecks(caller.locale);
        checks.datesInOrder(
          input.startDate ?? (season.row.start_date as string | null),
          input.endDate ?? (season.row.end_date as string | null),
          ['input', 'endDate'],
        );
        checkText(checks, input.theme, 300, ['input', 'theme'], false);
        if (!checks.ok) return { userErrors: checks.errors };
        const values: Record<string, unknown> = {};
        if (input.status) values.status = input.status;
        if (input.startDate !== undefined) values.start_date = input.startDate;
        if (input.endDate !== undefined) values.end_date = input.endDate;
        if (input.theme) values.theme = JSON.stringify(fromTextInput(input.theme));
        return writeVersioned(
          manager,
          caller.locale,
          { table: 'forum_season', id: input.id, version: input.version, before: season.row },
          values,
          ['status', 'start_date', 'end_date', 'theme'],
        );
      },
    });
  }

  /** A new forum is rare and shapes a region's programme: admins only. */
  createForum(caller: WriteCaller, input: CreateForumInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'createForum',
      entityType: 'Forum',
      input,
      uniqueFields: { forum_slug_key: ['input', 'slug'] },
      execute: async (manager) => {
        const checks = new InputChecks(caller.locale);
        if (!isCustodian(caller.viewer)) return outcomes.forbiddenRegion(caller.locale, ['input', 'region']);
        checks.slug(input.slug, ['input', 'slug']);
        checkText(checks, input.name, 200, ['input', 'name'], true);
        checks.range(input.foundedYear, 1990, new Date().getFullYear(), ['input', 'foundedYear']);
        const code = normalizeGovernorateCode(input.hostGovernorateCode);
        const secretariat = input.secretariatOrganisationId;
        await Promise.all([
          checkReferencedRecords(this.references, caller, checks, GOVERNORATE, [{ key: code, field: ['input', 'hostGovernorateCode'] }]),
          checkReferencedRecords(this.references, caller, checks, ORGANISATION, [
            { key: secretariat, field: ['input', 'secretariatOrganisationId'] },
          ]),
        ]);
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO forum (slug, name, region, host_governorate_code, founded_year, secretariat_organisation_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
          [input.slug, JSON.stringify(fromTextInput(input.name)), input.region, code, input.foundedYear ?? null, secretariat ?? null],
        );
        return {
          entityId: row.id as string,
          changes: diff(null, row, ['slug', 'name', 'region', 'host_governorate_code', 'founded_year', 'secretariat_organisation_id']),
        };
      },
    });
  }

  /** Corrects a forum's name, founding year or secretariat: admins only, like its creation. */
  updateForum(caller: WriteCaller, input: UpdateForumInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateForum',
      entityType: 'Forum',
      input,
      execute: async (manager) => {
        const target = await this.editableForum(manager, caller, input.id);
        if ('userErrors' in target) return target;
        const forum = target.row;
        const checks = new InputChecks(caller.locale);
        if (input.name) checkText(checks, input.name, 200, ['input', 'name'], true);
        checks.range(input.foundedYear, 1990, new Date().getFullYear(), ['input', 'foundedYear']);
        const secretariat = input.secretariatOrganisationId;
        await checkReferencedRecords(this.references, caller, checks, ORGANISATION, [
          { key: secretariat, field: ['input', 'secretariatOrganisationId'] },
        ]);
        if (!checks.ok) return { userErrors: checks.errors };
        const values: Record<string, unknown> = {};
        if (input.name) values.name = JSON.stringify(fromTextInput(input.name));
        if (input.foundedYear !== undefined) values.founded_year = input.foundedYear;
        if (input.secretariatOrganisationId !== undefined) values.secretariat_organisation_id = input.secretariatOrganisationId;
        return writeVersioned(manager, caller.locale, { table: 'forum', id: input.id, version: input.version, before: forum }, values, [
          'name',
          'founded_year',
          'secretariat_organisation_id',
        ]);
      },
    });
  }

  /** Corrects a programme item (editors of the forum's region, admins). */
  updateSession(caller: WriteCaller, input: UpdateForumSessionInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateForumSession',
      entityType: 'ForumSession',
      input,
      execute: async (manager) => {
        const editable = await this.editableSession(manager, caller, input.id);
        if ('userErrors' in editable) return editable;
        const session = editable.row;
        const checks = new InputChecks(caller.locale);
        if (input.title) checkText(checks, input.title, 300, ['input', 'title'], true);
        const startsAt = input.startsAt !== undefined ? input.startsAt : (session.starts_at as Date | null);
        const endsAt = input.endsAt !== undefined ? input.endsAt : (session.ends_at as Date | null);
        if (startsAt && endsAt && endsAt < startsAt) checks.fail(UserErrorCode.INVALID, ['input', 'endsAt'], 'datesOutOfOrder');
        if (!checks.ok) return { userErrors: checks.errors };
        const values: Record<string, unknown> = {};
        if (input.title) values.title = JSON.stringify(fromTextInput(input.title));
        if (input.format) values.format = input.format;
        if (input.themes) values.themes = input.themes;
        if (input.startsAt !== undefined) values.starts_at = input.startsAt;
        if (input.endsAt !== undefined) values.ends_at = input.endsAt;
        return writeVersioned(
          manager,
          caller.locale,
          { table: 'forum_session', id: input.id, version: input.version, before: session },
          values,
          ['title', 'format', 'themes', 'starts_at', 'ends_at'],
        );
      },
    });
  }

  /** Archives a forum that no longer meets: admins only, like its creation, and only once its seasons are archived. */
  archiveForum(caller: WriteCaller, input: ArchiveForumInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveForum',
      entityType: 'Forum',
      input,
      execute: async (manager) => {
        const target = await this.editableForum(manager, caller, input.id);
        if ('userErrors' in target) return target;
        const forum = target.row;
        const [{ live }] = await manager.query(
          `SELECT count(*)::int AS live FROM forum_season WHERE forum_id = $1 AND archived_at IS NULL`,
          [input.id],
        );
        if (live > 0) {
          const checks = new InputChecks(caller.locale);
          checks.fail(UserErrorCode.INVALID, ['input', 'id'], 'stillInUse', { what: `${live} seasons` });
          return { userErrors: checks.errors };
        }
        return archiveVersioned(manager, caller.locale, { table: 'forum', id: input.id, version: input.version, before: forum });
      },
    });
  }

  /** Archives a season announced but never held; one with live recommendations stays (withdraw them first). */
  archive(caller: WriteCaller, input: ArchiveForumSeasonInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveForumSeason',
      entityType: 'ForumSeason',
      input,
      execute: async (manager) => {
        const season = await this.editableSeason(manager, caller, input.id, ['input', 'id'], true);
        if ('userErrors' in season) return season;
        const [{ live }] = await manager.query(
          `SELECT count(*)::int AS live FROM recommendation WHERE season_id = $1 AND status <> 'WITHDRAWN'`,
          [input.id],
        );
        if (live > 0) {
          const checks = new InputChecks(caller.locale);
          checks.fail(UserErrorCode.INVALID, ['input', 'id'], 'stillInUse', { what: `${live} recommendations` });
          return { userErrors: checks.errors };
        }
        return archiveVersioned(manager, caller.locale, {
          table: 'forum_season',
          id: input.id,
          version: input.version,
          before: season.row,
        });
      },
    });
  }

  /** Archives a cancelled or mistaken programme item: it leaves every list; the row and its audit stay. */
  archiveSession(caller: WriteCaller, input: ArchiveForumSessionInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveForumSession',
      entityType: 'ForumSession',
      input,
      execute: async (manager) => {
        const session = await this.editableSession(manager, caller, input.id, true);
        if ('userErrors' in session) return session;
        return archiveVersioned(manager, caller.locale, {
          table: 'forum_session',
          id: input.id,
          version: input.version,
          before: session.row,
        });
      },
    });
  }

  /** A forum is changed by admins only, like its creation (an archived one: writeVersioned refuses it). */
  private editableForum(manager: EntityManager, caller: WriteCaller, id: string): Promise<WriteTarget> {
    return loadTarget(manager, caller.locale, id, {
      select: `SELECT * FROM forum WHERE id = $1`,
      allowed: () => isCustodian(caller.viewer),
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

  /** A season a write changes or adds to: an archived one only to archive it again (which changes nothing). */
  private editableSeason(
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
}
