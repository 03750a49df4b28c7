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
import { type AddMembershipInput, type EndMembershipInput, type UpdateMembershipInput } from './membership.commands';

/** Memberships of people in organisations and working groups: editors of the region concerned, and admins. */
export class MembershipWriter {
  constructor(private readonly dataSource: DataSource) {}

  addMembership(caller: WriteCaller, input: AddMembershipInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'addMembership',
      entityType: 'Membership',
      input,
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
    return runWrite(this.dataSource, caller, {
      operation: 'endMembership',
      entityType: 'Membership',
      input,
      execute: (manager) => endDatedRecord(manager, caller, { table: 'membership', load: editableMembership, input }),
    });
  }

  /** A person changes role, or the first day is corrected; the end stays with `endMembership`. */
  updateMembership(caller: WriteCaller, input: UpdateMembershipInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updateMembership',
      entityType: 'Membership',
      input,
      execute: (manager) => {
        const values: Record<string, unknown> = {};
        if (input.role) values.role = input.role;
        if (input.startDate !== undefined) values.start_date = input.startDate;
        return correctDatedRecord(
          manager,
          caller,
          { table: 'membership', load: editableMembership, input },
          { values, audited: ['role', 'start_date'] },
        );
      },
    });
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
}

/** A membership belongs to the region of its working group or organisation. */
function editableMembership(manager: EntityManager, caller: WriteCaller, id: string): Promise<WriteTarget> {
  return loadTarget(manager, caller.locale, id, {
    select: `SELECT m.*, coalesce(w.region, o.home_region) AS region FROM membership m
         LEFT JOIN working_group w ON w.id = m.working_group_id LEFT JOIN organisation o ON o.id = m.organisation_id WHERE m.id = $1`,
    // A locked-down person's membership (or one in a locked-down organisation) answers like an unknown id.
    gone: (row) =>
      !referenceable(caller, LockdownSubject.PERSON, row.person_id as string) ||
      Boolean(row.organisation_id && !referenceable(caller, LockdownSubject.ORGANISATION, row.organisation_id as string)),
    allowed: (row) => isRegionTeam(caller.viewer, row.region as Region),
    joined: ['region'],
  });
}
