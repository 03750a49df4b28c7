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
  archiveRecord,
  diff,
  fromTextInput,
  isRegionTeam,
  isUuid,
  runWrite,
  updateRecord,
  loadTarget,
  type WriteTarget,
} from '@icssi/platform';
import { WorkingGroupStatus } from './working-group-status';
import { type ArchiveWorkingGroupInput, type CreateWorkingGroupInput, type UpdateWorkingGroupInput } from './working-group.commands';

const AUDITED = ['slug', 'name', 'themes', 'region', 'host_organisation_id', 'status', 'founded_on', 'archived_at'];

/** Working groups: editors of the group's region and admins. */
export class WorkingGroupWriter {
  constructor(private readonly dataSource: DataSource) {}

  create(caller: WriteCaller, input: CreateWorkingGroupInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'createWorkingGroup',
      entityType: 'WorkingGroup',
      input,
      uniqueFields: { working_group_slug_key: ['input', 'slug'] },
      execute: async (manager) => {
        const checks = new InputChecks(caller.locale);
        checks.slug(input.slug, ['input', 'slug']);
        checkText(checks, input.name, 200, ['input', 'name'], true);
        if (!isRegionTeam(caller.viewer, input.region)) checks.fail(UserErrorCode.FORBIDDEN, ['input', 'region'], 'forbiddenRegion');
        await this.checkHost(manager, caller, checks, input.hostOrganisationId);
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO working_group (slug, name, themes, region, host_organisation_id, status, founded_on) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
          [
            input.slug,
            JSON.stringify(fromTextInput(input.name)),
            input.themes,
            input.region,
            input.hostOrganisationId ?? null,
            WorkingGroupStatus.FORMING,
            input.foundedOn ?? null,
          ],
        );
        return { entityId: row.id as string, changes: diff(null, row, AUDITED) };
      },
    });
  }

  update(caller: WriteCaller, input: UpdateWorkingGroupInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateWorkingGroup',
      entityType: 'WorkingGroup',
      input,
      execute: (manager) =>
        updateRecord(manager, caller, {
          table: 'working_group',
          load: (m, c, id) => this.editable(m, c, id),
          input,
          check: async (checks) => {
            if (input.name) checkText(checks, input.name, 200, ['input', 'name'], true);
            await this.checkHost(manager, caller, checks, input.hostOrganisationId);
          },
          values: () => {
            const values: Record<string, unknown> = {};
            if (input.name) values.name = JSON.stringify(fromTextInput(input.name));
            if (input.themes) values.themes = input.themes;
            if (input.status) values.status = input.status;
            if (input.hostOrganisationId !== undefined) values.host_organisation_id = input.hostOrganisationId;
            return values;
          },
          audited: AUDITED,
        }),
    });
  }

  archive(caller: WriteCaller, input: ArchiveWorkingGroupInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveWorkingGroup',
      entityType: 'WorkingGroup',
      input,
      execute: (manager) =>
        archiveRecord(manager, caller, { table: 'working_group', load: (m, c, id) => this.editable(m, c, id), input, audited: AUDITED }),
    });
  }

  private editable(manager: EntityManager, caller: WriteCaller, id: string): Promise<WriteTarget> {
    return loadTarget(manager, caller.locale, id, {
      select: `SELECT * FROM working_group WHERE id = $1`,
      allowed: (row) => isRegionTeam(caller.viewer, row.region as Region),
    });
  }

  /** The host exists for this caller (not locked down, not archived) and is of a region the caller may name. */
  private async checkHost(manager: EntityManager, caller: WriteCaller, checks: InputChecks, id: string | null | undefined): Promise<void> {
    if (!id) return;
    const [found] =
      isUuid(id) && referenceable(caller, LockdownSubject.ORGANISATION, id)
        ? await manager.query(`SELECT home_region FROM organisation WHERE id = $1 AND status <> 'ARCHIVED'`, [id])
        : [];
    if (!found) checks.fail(UserErrorCode.NOT_FOUND, ['input', 'hostOrganisationId'], 'notFound');
    else if (!mayReferenceRegion(caller.viewer, found.home_region as Region))
      checks.fail(UserErrorCode.FORBIDDEN, ['input', 'hostOrganisationId'], 'forbiddenRegion');
  }
}
