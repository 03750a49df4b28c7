import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  LockdownSubject,
  type MutationResult,
  type WriteCaller,
  referenceable,
  type Region,
  UserErrorCode,
  diff,
  isRegionTeam,
  isUuid,
  outcomes,
  runWrite,
  loadTarget,
  endDatedRecord,
  correctDatedRecord,
  type WriteTarget,
} from '@icssi/platform';
import { type CreatePartnershipInput, type EndPartnershipInput, type UpdatePartnershipInput } from './partnership.commands';

/** Partnerships between organisations: editors of the home region of the organisation playing the role, and admins. */
export class PartnershipWriter {
  constructor(private readonly dataSource: DataSource) {}

  createPartnership(caller: WriteCaller, input: CreatePartnershipInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'createPartnership',
      entityType: 'Partnership',
      input,
      execute: async (manager) => {
        const organisation = await this.referencedOrganisation(manager, caller, input.organisationId);
        if (!organisation) return outcomes.notFound(caller.locale, ['input', 'organisationId']);
        const partner = await this.referencedOrganisation(manager, caller, input.partnerId);
        if (!partner) return outcomes.notFound(caller.locale, ['input', 'partnerId']);
        if (!isRegionTeam(caller.viewer, organisation.home_region as Region))
          return outcomes.forbiddenRegion(caller.locale, ['input', 'organisationId']);
        const checks = new InputChecks(caller.locale);
        if (input.organisationId === input.partnerId) checks.fail(UserErrorCode.INVALID, ['input', 'partnerId'], 'invalid');
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO partnership (organisation_id, partner_id, role, region_scope, themes, start_date) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
          [input.organisationId, input.partnerId, input.role, input.regionScope ?? null, input.themes ?? [], input.startDate ?? null],
        );
        return {
          entityId: row.id as string,
          changes: diff(null, row, ['organisation_id', 'partner_id', 'role', 'region_scope', 'themes', 'start_date']),
        };
      },
    });
  }

  endPartnership(caller: WriteCaller, input: EndPartnershipInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'endPartnership',
      entityType: 'Partnership',
      input,
      execute: (manager) => endDatedRecord(manager, caller, { table: 'partnership', load: editablePartnership, input }),
    });
  }

  updatePartnership(caller: WriteCaller, input: UpdatePartnershipInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updatePartnership',
      entityType: 'Partnership',
      input,
      execute: (manager) => {
        const values: Record<string, unknown> = {};
        if (input.role) values.role = input.role;
        if (input.regionScope !== undefined) values.region_scope = input.regionScope;
        if (input.themes) values.themes = input.themes;
        if (input.startDate !== undefined) values.start_date = input.startDate;
        return correctDatedRecord(
          manager,
          caller,
          { table: 'partnership', load: editablePartnership, input },
          { values, audited: ['role', 'region_scope', 'themes', 'start_date'] },
        );
      },
    });
  }

  /**
   * An organisation a write refers to: one that exists for this caller (not locked down, not
   * archived). A partner may be of any region: partnerships are how the regions work together.
   */
  private async referencedOrganisation(manager: EntityManager, caller: WriteCaller, id: string): Promise<{ home_region: string } | null> {
    if (!isUuid(id) || !referenceable(caller, LockdownSubject.ORGANISATION, id)) return null;
    const [row] = await manager.query(`SELECT home_region FROM organisation WHERE id = $1 AND status <> 'ARCHIVED'`, [id]);
    return row ?? null;
  }
}

/** A partnership belongs to the home region of the organisation playing the role. */
function editablePartnership(manager: EntityManager, caller: WriteCaller, id: string): Promise<WriteTarget> {
  return loadTarget(manager, caller.locale, id, {
    select: `SELECT p.*, o.home_region FROM partnership p JOIN organisation o ON o.id = p.organisation_id WHERE p.id = $1`,
    // A partnership with a locked-down organisation on either side answers like an unknown id.
    gone: (row) =>
      !referenceable(caller, LockdownSubject.ORGANISATION, row.organisation_id as string) ||
      !referenceable(caller, LockdownSubject.ORGANISATION, row.partner_id as string),
    allowed: (row) => isRegionTeam(caller.viewer, row.home_region as Region),
    joined: ['home_region'],
  });
}
