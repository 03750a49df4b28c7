import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  LockdownSubject,
  type MutationResult,
  type WriteCaller,
  mayReferenceRegion,
  referenceable,
  type Region,
  UserErrorCode,
  checkText,
  diff,
  fromTextInput,
  isRegionTeam,
  message,
  normalizeGovernorateCode,
  insertReturning,
  runWrite,
  userError,
  updateRecord,
  loadTarget,
  outcomes,
  type WriteTarget,
  type ArchiveMark,
  archiveRecord,
} from '@icssi/platform';
import { OrganisationStatus } from './organisation-status';
import { type ArchiveOrganisationInput, type CreateOrganisationInput, type UpdateOrganisationInput } from './organisation.commands';

const AUDITED = [
  'slug',
  'name',
  'description',
  'acronym',
  'kind',
  'home_region',
  'headquarters_code',
  'themes',
  'founded_year',
  'website',
  'status',
  'registration_status',
];
const UNIQUE = { organisation_slug_key: ['input', 'slug'] };

/** Organisations are archived by their status (they have no archived_at). */
const ARCHIVED_STATUS: ArchiveMark = {
  archived: (row) => row.status === OrganisationStatus.ARCHIVED,
  values: () => ({ status: OrganisationStatus.ARCHIVED }),
};

/** Create, update and archive organisations: validation, region rights, versioned writes. */
export class OrganisationWriter {
  constructor(private readonly dataSource: DataSource) {}

  create(caller: WriteCaller, input: CreateOrganisationInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'createOrganisation',
      entityType: 'Organisation',
      input,
      uniqueFields: UNIQUE,
      execute: async (manager) => {
        const checks = new InputChecks(caller.locale);
        checks.slug(input.slug, ['input', 'slug']);
        checkText(checks, input.name, 200, ['input', 'name'], true);
        checkText(checks, input.description, 2000, ['input', 'description'], false);
        this.checkCommon(checks, input);
        if (!isRegionTeam(caller.viewer, input.homeRegion))
          checks.fail(UserErrorCode.FORBIDDEN, ['input', 'homeRegion'], 'forbiddenRegion');
        await this.checkGovernorate(manager, caller, checks, input.headquartersCode);
        if (!checks.ok) return { userErrors: checks.errors };
        const values = {
          slug: input.slug,
          name: JSON.stringify(fromTextInput(input.name)),
          description: input.description ? JSON.stringify(fromTextInput(input.description)) : null,
          acronym: input.acronym?.trim() || null,
          kind: input.kind,
          home_region: input.homeRegion,
          headquarters_code: input.headquartersCode ? normalizeGovernorateCode(input.headquartersCode) : null,
          themes: input.themes ?? [],
          founded_year: input.foundedYear ?? null,
          website: input.website?.trim() || null,
          status: OrganisationStatus.ACTIVE,
          registration_status: input.registrationStatus,
        };
        const row = await insertReturning(manager, 'organisation', values);
        return { entityId: row.id as string, changes: diff(null, row, AUDITED) };
      },
    });
  }

  update(caller: WriteCaller, input: UpdateOrganisationInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateOrganisation',
      entityType: 'Organisation',
      input,
      execute: (manager) =>
        updateRecord(manager, caller, {
          table: 'organisation',
          load: async (m, c, id) => {
            const current = await this.load(m, c, id);
            // An archived organisation is not edited any more.
            if (!('userErrors' in current) && current.row.status === OrganisationStatus.ARCHIVED)
              return { userErrors: [userError(UserErrorCode.NOT_FOUND, ['input', 'id'], message(c.locale, 'notFound'))] };
            return current;
          },
          input,
          check: async (checks) => {
            if (input.name) checkText(checks, input.name, 200, ['input', 'name'], true);
            if (input.description) checkText(checks, input.description, 2000, ['input', 'description'], false);
            this.checkCommon(checks, input);
            if (input.status === OrganisationStatus.ARCHIVED) checks.fail(UserErrorCode.INVALID, ['input', 'status'], 'invalid');
            await this.checkGovernorate(manager, caller, checks, input.headquartersCode);
          },
          values: () => {
            const values: Record<string, unknown> = {};
            if (input.name) values.name = JSON.stringify(fromTextInput(input.name));
            if (input.description) values.description = JSON.stringify(fromTextInput(input.description));
            if (input.acronym !== undefined) values.acronym = input.acronym?.trim() || null;
            if (input.kind) values.kind = input.kind;
            if (input.headquartersCode !== undefined)
              values.headquarters_code = input.headquartersCode ? normalizeGovernorateCode(input.headquartersCode) : null;
            if (input.themes) values.themes = input.themes;
            if (input.foundedYear !== undefined) values.founded_year = input.foundedYear;
            if (input.website !== undefined) values.website = input.website?.trim() || null;
            if (input.status) values.status = input.status;
            if (input.registrationStatus) values.registration_status = input.registrationStatus;
            return values;
          },
          audited: AUDITED,
        }),
    });
  }

  archive(caller: WriteCaller, input: ArchiveOrganisationInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveOrganisation',
      entityType: 'Organisation',
      input,
      // An organisation is archived by its status; archiving twice answers like once (no new version, no audit record).
      execute: (manager) =>
        archiveRecord(manager, caller, {
          table: 'organisation',
          load: (m, c, id) => this.load(m, c, id),
          input,
          audited: AUDITED,
          mark: ARCHIVED_STATUS,
        }),
    });
  }

  /** The current row, if it exists and the caller may change it (editors: their region only). */
  private async load(manager: EntityManager, caller: WriteCaller, id: string): Promise<WriteTarget> {
    // A locked-down organisation answers like an unknown id to everyone but custodians (before any query).
    if (!referenceable(caller, LockdownSubject.ORGANISATION, id)) return outcomes.notFound(caller.locale, ['input', 'id']);
    return loadTarget(manager, caller.locale, id, {
      select: `SELECT * FROM organisation WHERE id = $1`,
      allowed: (row) => isRegionTeam(caller.viewer, row.home_region as Region),
    });
  }

  private checkCommon(checks: InputChecks, input: { acronym?: string | null; foundedYear?: number | null; website?: string | null }): void {
    checks.maxLength(input.acronym, 20, ['input', 'acronym']);
    checks.range(input.foundedYear, 1900, new Date().getFullYear(), ['input', 'foundedYear']);
    if (input.website && !/^https?:\/\/[^\s]{3,290}$/.test(input.website.trim()))
      checks.fail(UserErrorCode.INVALID, ['input', 'website'], 'invalid');
  }

  /** The headquarters governorate exists and lies in a region the caller may name. */
  private async checkGovernorate(
    manager: EntityManager,
    caller: WriteCaller,
    checks: InputChecks,
    code: string | null | undefined,
  ): Promise<void> {
    if (!code) return;
    const [found] = await manager.query(`SELECT region FROM governorate WHERE code = $1`, [normalizeGovernorateCode(code)]);
    if (!found) checks.fail(UserErrorCode.NOT_FOUND, ['input', 'headquartersCode'], 'notFound');
    else if (!mayReferenceRegion(caller.viewer, found.region as Region))
      checks.fail(UserErrorCode.FORBIDDEN, ['input', 'headquartersCode'], 'forbiddenRegion');
  }
}
