import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  type MutationResult,
  type WriteCaller,
  checkReferencedRecords,
  type ReferenceChecker,
  checkText,
  archiveRecord,
  diff,
  fromTextInput,
  isCustodian,
  normalizeGovernorateCode,
  outcomes,
  runWrite,
  loadTarget,
  updateRecord,
  type WriteTarget,
} from '@icssi/platform';
import { type ArchiveForumInput, type CreateForumInput, type UpdateForumInput } from './forum.commands';
import { GOVERNORATE, ORGANISATION } from './reference-kinds';

/** Forums: created, corrected and archived by admins only (a forum shapes a region's programme). */
export class ForumWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceChecker,
  ) {}

  /** A new forum is rare and shapes a region's programme: admins only. */
  create(caller: WriteCaller, input: CreateForumInput): Promise<MutationResult> {
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
  update(caller: WriteCaller, input: UpdateForumInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateForum',
      entityType: 'Forum',
      input,
      execute: (manager) =>
        updateRecord(manager, caller, {
          table: 'forum',
          load: (m, c, id) => this.editableForum(m, c, id),
          input,
          check: async (checks) => {
            if (input.name) checkText(checks, input.name, 200, ['input', 'name'], true);
            checks.range(input.foundedYear, 1990, new Date().getFullYear(), ['input', 'foundedYear']);
            await checkReferencedRecords(this.references, caller, checks, ORGANISATION, [
              { key: input.secretariatOrganisationId, field: ['input', 'secretariatOrganisationId'] },
            ]);
          },
          values: () => {
            const values: Record<string, unknown> = {};
            if (input.name) values.name = JSON.stringify(fromTextInput(input.name));
            if (input.foundedYear !== undefined) values.founded_year = input.foundedYear;
            if (input.secretariatOrganisationId !== undefined) values.secretariat_organisation_id = input.secretariatOrganisationId;
            return values;
          },
          audited: ['name', 'founded_year', 'secretariat_organisation_id'],
        }),
    });
  }

  /** Archives a forum that no longer meets: admins only, like its creation, and only once its seasons are archived. */
  archive(caller: WriteCaller, input: ArchiveForumInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveForum',
      entityType: 'Forum',
      input,
      execute: (manager) =>
        archiveRecord(manager, caller, {
          table: 'forum',
          load: (m, c, id) => this.editableForum(m, c, id),
          input,
          inUse: { count: `SELECT count(*)::int AS live FROM forum_season WHERE forum_id = $1 AND archived_at IS NULL`, what: 'seasons' },
        }),
    });
  }

  /** A forum is changed by admins only, like its creation (an archived one: the versioned write refuses it). */
  private editableForum(manager: EntityManager, caller: WriteCaller, id: string): Promise<WriteTarget> {
    return loadTarget(manager, caller.locale, id, {
      select: `SELECT * FROM forum WHERE id = $1`,
      allowed: () => isCustodian(caller.viewer),
    });
  }
}
