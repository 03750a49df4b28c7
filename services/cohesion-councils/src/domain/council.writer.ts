import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  LockdownSubject,
  type ReferenceChecker,
  type MutationResult,
  type WriteCaller,
  checkReferencedRecords,
  type Region,
  checkText,
  archiveRecord,
  diff,
  fromTextInput,
  isRegionTeam,
  normalizeGovernorateCode,
  outcomes,
  runWrite,
  updateRecord,
  loadTarget,
  archivedUnless,
  type TargetRule,
  type WriteTarget,
} from '@icssi/platform';
import { CouncilStatus } from './council-status';
import { type ArchiveCohesionCouncilInput, type CreateCohesionCouncilInput, type UpdateCohesionCouncilInput } from './council.commands';

const COUNCIL_AUDITED = ['name', 'status', 'established_on', 'archived_at'];
/** Organisations a council write refers to, checked with their owner (also used for seats). */
export const ORGANISATION = {
  owner: 'organisations',
  typename: 'Organisation',
  lockdown: LockdownSubject.ORGANISATION,
  regionField: 'homeRegion',
} as const;

/** Councils: editors of the council's region and admins. */
export class CouncilWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceChecker,
  ) {}

  create(caller: WriteCaller, input: CreateCohesionCouncilInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'createCohesionCouncil',
      entityType: 'CohesionCouncil',
      input,
      uniqueFields: { cohesion_council_slug_key: ['input', 'slug'] },
      execute: async (manager) => {
        const checks = new InputChecks(caller.locale);
        checks.slug(input.slug, ['input', 'slug']);
        checkText(checks, input.name, 200, ['input', 'name'], true);
        // The governorate and its region come from the organisations subgraph, which owns them.
        const code = normalizeGovernorateCode(input.governorateCode);
        const governorate = (await this.references.lookup('organisations', 'Governorate', 'code', [code], 'region')).get(code);
        if (!governorate) return outcomes.notFound(caller.locale, ['input', 'governorateCode']);
        const region = governorate.region as Region;
        if (!isRegionTeam(caller.viewer, region)) return outcomes.forbiddenRegion(caller.locale, ['input', 'governorateCode']);
        const coordinator = input.coordinatingOrganisationId;
        await checkReferencedRecords(this.references, caller, checks, ORGANISATION, [
          { key: coordinator, field: ['input', 'coordinatingOrganisationId'] },
        ]);
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO cohesion_council (slug, name, governorate_code, region, coordinating_organisation_id, status, established_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
          [
            input.slug,
            JSON.stringify(fromTextInput(input.name)),
            code,
            region,
            coordinator ?? null,
            CouncilStatus.FORMING,
            input.establishedOn ?? null,
          ],
        );
        return {
          entityId: row.id as string,
          changes: diff(null, row, ['slug', 'name', 'governorate_code', 'region', 'coordinating_organisation_id', 'status']),
        };
      },
    });
  }

  update(caller: WriteCaller, input: UpdateCohesionCouncilInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateCohesionCouncil',
      entityType: 'CohesionCouncil',
      input,
      execute: (manager) =>
        updateRecord(manager, caller, {
          table: 'cohesion_council',
          load: (m, c, id) => editableCouncil(m, c, id, ['input', 'id']),
          input,
          check: (checks) => {
            if (input.name) checkText(checks, input.name, 200, ['input', 'name'], true);
          },
          values: () => {
            const values: Record<string, unknown> = {};
            if (input.name) values.name = JSON.stringify(fromTextInput(input.name));
            if (input.status) values.status = input.status;
            if (input.establishedOn !== undefined) values.established_on = input.establishedOn;
            return values;
          },
          audited: COUNCIL_AUDITED,
        }),
    });
  }

  archive(caller: WriteCaller, input: ArchiveCohesionCouncilInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archiveCohesionCouncil',
      entityType: 'CohesionCouncil',
      input,
      execute: (manager) =>
        archiveRecord(manager, caller, {
          table: 'cohesion_council',
          load: (m, c, id) => editableCouncil(m, c, id, ['input', 'id'], true),
          input,
          audited: COUNCIL_AUDITED,
        }),
    });
  }
}

/**
 * A council a write changes or adds to (its own fields, a seat or a meeting): an archived one only
 * to archive it again (which changes nothing); editors of the council's region and admins.
 */
export function editableCouncil(
  manager: EntityManager,
  caller: WriteCaller,
  id: string,
  field: string[] = ['input', 'councilId'],
  archiving = false,
): Promise<WriteTarget> {
  return loadTarget(manager, caller.locale, id, {
    select: `SELECT * FROM cohesion_council WHERE id = $1`,
    field,
    gone: archivedUnless(archiving),
    allowed: (row) => isRegionTeam(caller.viewer, row.region as Region),
  });
}

/** A seat or a meeting a write changes: its row (`rule`), if its council is one the caller may change. */
export async function editableOfCouncil(
  manager: EntityManager,
  caller: WriteCaller,
  id: string,
  rule: Pick<TargetRule, 'select' | 'gone'>,
  archiving = false,
): Promise<WriteTarget> {
  const target = await loadTarget(manager, caller.locale, id, { ...rule, allowed: () => true });
  if ('userErrors' in target) return target;
  const council = await editableCouncil(manager, caller, target.row.council_id as string, ['input', 'id'], archiving);
  return 'userErrors' in council ? council : target;
}
