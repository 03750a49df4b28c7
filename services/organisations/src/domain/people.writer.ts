import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  LockdownSubject,
  type MutationResult,
  type WriteCaller,
  isCustodian,
  mayReferenceRegion,
  referenceable,
  type Region,
  type UserError,
  UserErrorCode,
  checkText,
  archiveVersioned,
  diff,
  endVersioned,
  fromTextInput,
  isRegionTeam,
  isUuid,
  outcomes,
  requireWriter,
  runMutation,
  writeVersioned,
} from '@icssi/platform';
import { type AddMembershipInput, type EndMembershipInput, type UpdateMembershipInput } from './membership.inputs';
import { type ArchivePersonInput, type CreatePersonInput, type UpdatePersonInput } from './person.inputs';
import { type CreatePartnershipInput, type EndPartnershipInput, type UpdatePartnershipInput } from './partnership.inputs';

/** Personal fields: their changes are audited, their values never are (docs/architecture.md §4.3). */
const PERSONAL = ['display_name', 'gender', 'birth_year', 'email', 'phone'];

/** People and their memberships: editors of the region concerned, and admins. */
export class PeopleWriter {
  constructor(private readonly dataSource: DataSource) {}

  createPerson(caller: WriteCaller, input: CreatePersonInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'createPerson',
      entityType: 'Person',
      idempotencyKey: input.idempotencyKey,
      input: { ...input, idempotencyKey: undefined },
      execute: async (manager) => {
        const checks = new InputChecks(caller.locale);
        checkText(checks, input.displayName, 200, ['input', 'displayName'], true);
        if (!checks.required(input.pseudonym, ['input', 'pseudonym'])) return { userErrors: checks.errors };
        checks.maxLength(input.pseudonym, 100, ['input', 'pseudonym']);
        checks.range(input.birthYear, 1900, new Date().getFullYear(), ['input', 'birthYear']);
        if (input.email && !/^[^\s@]{1,100}@[^\s@]{1,90}\.[^\s@]{2,10}$/.test(input.email))
          checks.fail(UserErrorCode.INVALID, ['input', 'email'], 'invalid');
        checks.maxLength(input.phone, 50, ['input', 'phone']);
        if (!isRegionTeam(caller.viewer, input.region)) checks.fail(UserErrorCode.FORBIDDEN, ['input', 'region'], 'forbiddenRegion');
        if (!checks.ok) return { userErrors: checks.errors };
        const [row] = await manager.query(
          `INSERT INTO person (display_name, pseudonym, region, gender, birth_year, email, phone, consent)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [
            JSON.stringify(fromTextInput(input.displayName)),
            input.pseudonym.trim(),
            input.region,
            input.gender ?? 'UNDISCLOSED',
            input.birthYear ?? null,
            input.email?.trim() || null,
            input.phone?.trim() || null,
            JSON.stringify({ displayName: input.nameConsent }),
          ],
        );
        return { entityId: row.id as string, changes: diff(null, row, ['pseudonym', 'region', 'consent', ...PERSONAL], PERSONAL) };
      },
    });
  }

  addMembership(caller: WriteCaller, input: AddMembershipInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'addMembership',
      entityType: 'Membership',
      idempotencyKey: input.idempotencyKey,
      input: { ...input, idempotencyKey: undefined },
      execute: async (manager) => {
        const checks = new InputChecks(caller.locale);
        if (Boolean(input.organisationId) === Boolean(input.workingGroupId)) {
          checks.fail(UserErrorCode.INVALID, ['input', 'organisationId'], 'required');
          return { userErrors: checks.errors };
        }
        const person = await this.referencedPerson(manager, caller, input.personId);
        if (!person) return outcomes.notFound(caller.locale, ['input', 'personId']);
        const [group] = input.workingGroupId
          ? isUuid(input.workingGroupId)
            ? await manager.query(`SELECT region FROM working_group WHERE id = $1 AND archived_at IS NULL`, [input.workingGroupId])
            : []
          : isUuid(input.organisationId ?? '') && referenceable(caller, LockdownSubject.ORGANISATION, input.organisationId)
            ? await manager.query(`SELECT home_region AS region FROM organisation WHERE id = $1 AND status <> 'ARCHIVED'`, [
                input.organisationId,
              ])
            : [];
        const field = ['input', input.workingGroupId ? 'workingGroupId' : 'organisationId'];
        if (!group) return outcomes.notFound(caller.locale, field);
        if (!isRegionTeam(caller.viewer, group.region as Region)) return outcomes.forbiddenRegion(caller.locale, field);
        // The person is a record the write references: an editor attaches people of their own region only.
        if (!mayReferenceRegion(caller.viewer, person.region as Region))
          return outcomes.forbiddenRegion(caller.locale, ['input', 'personId']);
        const [row] = await manager.query(
          `INSERT INTO membership (person_id, organisation_id, working_group_id, role, start_date) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
          [input.personId, input.organisationId ?? null, input.workingGroupId ?? null, input.role, input.startDate ?? null],
        );
        return {
          entityId: row.id as string,
          changes: diff(null, row, ['person_id', 'organisation_id', 'working_group_id', 'role', 'start_date']),
        };
      },
    });
  }

  endMembership(caller: WriteCaller, input: EndMembershipInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'endMembership',
      entityType: 'Membership',
      input,
      execute: async (manager) => {
        const current = await this.editableMembership(manager, caller, input.id);
        if ('userErrors' in current) return current;
        return endVersioned(manager, caller.locale, 'membership', current.row, input);
      },
    });
  }

  /** A person changes role, or the first day is corrected; the end stays with `endMembership`. */
  updateMembership(caller: WriteCaller, input: UpdateMembershipInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'updateMembership',
      entityType: 'Membership',
      input,
      execute: async (manager) => {
        const current = await this.editableMembership(manager, caller, input.id);
        if ('userErrors' in current) return current;
        const checks = new InputChecks(caller.locale);
        checks.datesInOrder(input.startDate ?? null, current.row.end_date as string | null, ['input', 'startDate']);
        if (!checks.ok) return { userErrors: checks.errors };
        const values: Record<string, unknown> = {};
        if (input.role) values.role = input.role;
        if (input.startDate !== undefined) values.start_date = input.startDate;
        return writeVersioned(
          manager,
          caller.locale,
          { table: 'membership', id: input.id, version: input.version, before: current.row },
          values,
          ['role', 'start_date'],
        );
      },
    });
  }

  /** A membership belongs to the region of its working group or organisation. */
  private async editableMembership(manager: EntityManager, caller: WriteCaller, id: string) {
    const [row] = isUuid(id)
      ? await manager.query(
          `SELECT m.*, coalesce(w.region, o.home_region) AS region FROM membership m
           LEFT JOIN working_group w ON w.id = m.working_group_id LEFT JOIN organisation o ON o.id = m.organisation_id WHERE m.id = $1`,
          [id],
        )
      : [];
    // A locked-down person's membership (or one in a locked-down organisation) answers like an unknown id.
    const hidden =
      row &&
      (!referenceable(caller, LockdownSubject.PERSON, row.person_id) ||
        (row.organisation_id && !referenceable(caller, LockdownSubject.ORGANISATION, row.organisation_id)));
    if (!row || hidden) return outcomes.notFound(caller.locale, ['input', 'id']);
    if (!isRegionTeam(caller.viewer, row.region as Region)) return outcomes.forbiddenRegion(caller.locale, ['input', 'id']);
    const { region: _region, ...membership } = row;
    return { row: membership as Record<string, unknown> };
  }

  updatePerson(caller: WriteCaller, input: UpdatePersonInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'updatePerson',
      entityType: 'Person',
      input,
      execute: async (manager) => {
        const current = await this.editablePerson(manager, caller, input.id);
        if ('userErrors' in current) return current;
        const checks = new InputChecks(caller.locale);
        if (input.displayName) checkText(checks, input.displayName, 200, ['input', 'displayName'], true);
        if (input.pseudonym !== undefined && checks.required(input.pseudonym, ['input', 'pseudonym']))
          checks.maxLength(input.pseudonym, 100, ['input', 'pseudonym']);
        if (input.email && !/^[^\s@]{1,100}@[^\s@]{1,90}\.[^\s@]{2,10}$/.test(input.email))
          checks.fail(UserErrorCode.INVALID, ['input', 'email'], 'invalid');
        checks.maxLength(input.phone, 50, ['input', 'phone']);
        if (!checks.ok) return { userErrors: checks.errors };
        const values: Record<string, unknown> = {};
        if (input.displayName) values.display_name = JSON.stringify(fromTextInput(input.displayName));
        if (input.pseudonym) values.pseudonym = input.pseudonym.trim();
        if (input.nameConsent)
          values.consent = JSON.stringify({ ...((current.row.consent as object | null) ?? {}), displayName: input.nameConsent });
        if (input.gender) values.gender = input.gender;
        if (input.email !== undefined) values.email = input.email?.trim() || null;
        if (input.phone !== undefined) values.phone = input.phone?.trim() || null;
        return writeVersioned(
          manager,
          caller.locale,
          { table: 'person', id: input.id, version: input.version, before: current.row },
          values,
          ['pseudonym', 'consent', ...PERSONAL],
          PERSONAL,
        );
      },
    });
  }

  createPartnership(caller: WriteCaller, input: CreatePartnershipInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'createPartnership',
      entityType: 'Partnership',
      idempotencyKey: input.idempotencyKey,
      input: { ...input, idempotencyKey: undefined },
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
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'endPartnership',
      entityType: 'Partnership',
      input,
      execute: async (manager) => {
        const current = await this.editablePartnership(manager, caller, input.id);
        if ('userErrors' in current) return current;
        return endVersioned(manager, caller.locale, 'partnership', current.row, input);
      },
    });
  }

  updatePartnership(caller: WriteCaller, input: UpdatePartnershipInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'updatePartnership',
      entityType: 'Partnership',
      input,
      execute: async (manager) => {
        const current = await this.editablePartnership(manager, caller, input.id);
        if ('userErrors' in current) return current;
        const checks = new InputChecks(caller.locale);
        checks.datesInOrder(input.startDate ?? null, current.row.end_date as string | null, ['input', 'startDate']);
        if (!checks.ok) return { userErrors: checks.errors };
        const values: Record<string, unknown> = {};
        if (input.role) values.role = input.role;
        if (input.regionScope !== undefined) values.region_scope = input.regionScope;
        if (input.themes) values.themes = input.themes;
        if (input.startDate !== undefined) values.start_date = input.startDate;
        return writeVersioned(
          manager,
          caller.locale,
          { table: 'partnership', id: input.id, version: input.version, before: current.row },
          values,
          ['role', 'region_scope', 'themes', 'start_date'],
        );
      },
    });
  }

  /** A partnership belongs to the home region of the organisation playing the role. */
  private async editablePartnership(manager: EntityManager, caller: WriteCaller, id: string) {
    const [row] = isUuid(id)
      ? await manager.query(
          `SELECT p.*, o.home_region FROM partnership p JOIN organisation o ON o.id = p.organisation_id WHERE p.id = $1`,
          [id],
        )
      : [];
    const hidden =
      row &&
      (!referenceable(caller, LockdownSubject.ORGANISATION, row.organisation_id) ||
        !referenceable(caller, LockdownSubject.ORGANISATION, row.partner_id));
    if (!row || hidden) return outcomes.notFound(caller.locale, ['input', 'id']);
    if (!isRegionTeam(caller.viewer, row.home_region as Region)) return outcomes.forbiddenRegion(caller.locale, ['input', 'id']);
    const { home_region: _homeRegion, ...partnership } = row;
    return { row: partnership as Record<string, unknown> };
  }

  archivePerson(caller: WriteCaller, input: ArchivePersonInput): Promise<MutationResult> {
    requireWriter(caller.viewer);
    return runMutation(this.dataSource, caller, {
      operation: 'archivePerson',
      entityType: 'Person',
      input,
      execute: async (manager) => {
        const current = await this.editablePerson(manager, caller, input.id);
        if ('userErrors' in current) return current;
        return archiveVersioned(manager, caller.locale, { table: 'person', id: input.id, version: input.version, before: current.row });
      },
    });
  }

  /**
   * A person a write changes: a locked-down one answers like an unknown id to everyone but
   * custodians (no CONFLICT with a version, no payload), before the region is even looked at.
   */
  private async editablePerson(
    manager: EntityManager,
    caller: WriteCaller,
    id: string,
  ): Promise<{ row: Record<string, unknown> } | { userErrors: UserError[] }> {
    const [row] =
      isUuid(id) && referenceable(caller, LockdownSubject.PERSON, id)
        ? await manager.query(`SELECT * FROM person WHERE id = $1`, [id])
        : [];
    if (!row) return outcomes.notFound(caller.locale, ['input', 'id']);
    if (!isRegionTeam(caller.viewer, row.region as Region)) return outcomes.forbiddenRegion(caller.locale, ['input', 'id']);
    return { row: row as Record<string, unknown> };
  }

  /** A person a write refers to: one that exists for this caller (not locked down, not archived). */
  private async referencedPerson(manager: EntityManager, caller: WriteCaller, id: string): Promise<{ region: string } | null> {
    if (!isUuid(id) || !referenceable(caller, LockdownSubject.PERSON, id)) return null;
    const [row] = await manager.query(`SELECT region FROM person WHERE id = $1 AND (archived_at IS NULL OR $2)`, [
      id,
      isCustodian(caller.viewer),
    ]);
    return row ?? null;
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
