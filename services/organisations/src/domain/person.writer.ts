import { type DataSource, type EntityManager } from 'typeorm';
import {
  InputChecks,
  LockdownSubject,
  type MutationResult,
  type WriteCaller,
  referenceable,
  type Region,
  UserErrorCode,
  checkText,
  archiveRecord,
  diff,
  fromTextInput,
  isRegionTeam,
  outcomes,
  runWrite,
  updateRecord,
  loadTarget,
  type WriteTarget,
} from '@icssi/platform';
import { type ArchivePersonInput, type CreatePersonInput, type UpdatePersonInput } from './person.commands';

/** Personal fields: their changes are audited, their values never are (docs/architecture.md §4.3). */
const PERSONAL = ['display_name', 'gender', 'birth_year', 'email', 'phone'];

/** People: editors of the person’s region, and admins. Personal values are audited as changed, never by value. */
export class PersonWriter {
  constructor(private readonly dataSource: DataSource) {}

  createPerson(caller: WriteCaller, input: CreatePersonInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'createPerson',
      entityType: 'Person',
      input,
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

  updatePerson(caller: WriteCaller, input: UpdatePersonInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'updatePerson',
      entityType: 'Person',
      input,
      execute: (manager) =>
        updateRecord(manager, caller, {
          table: 'person',
          load: (m, c, id) => this.editablePerson(m, c, id),
          input,
          check: (checks) => {
            if (input.displayName) checkText(checks, input.displayName, 200, ['input', 'displayName'], true);
            if (input.pseudonym !== undefined && checks.required(input.pseudonym, ['input', 'pseudonym']))
              checks.maxLength(input.pseudonym, 100, ['input', 'pseudonym']);
            if (input.email && !/^[^\s@]{1,100}@[^\s@]{1,90}\.[^\s@]{2,10}$/.test(input.email))
              checks.fail(UserErrorCode.INVALID, ['input', 'email'], 'invalid');
            checks.maxLength(input.phone, 50, ['input', 'phone']);
          },
          values: (row) => {
            const values: Record<string, unknown> = {};
            if (input.displayName) values.display_name = JSON.stringify(fromTextInput(input.displayName));
            if (input.pseudonym) values.pseudonym = input.pseudonym.trim();
            if (input.nameConsent)
              values.consent = JSON.stringify({ ...((row.consent as object | null) ?? {}), displayName: input.nameConsent });
            if (input.gender) values.gender = input.gender;
            if (input.email !== undefined) values.email = input.email?.trim() || null;
            if (input.phone !== undefined) values.phone = input.phone?.trim() || null;
            return values;
          },
          audited: ['pseudonym', 'consent', ...PERSONAL],
          personal: PERSONAL,
        }),
    });
  }

  archivePerson(caller: WriteCaller, input: ArchivePersonInput): Promise<MutationResult> {
    return runWrite(this.dataSource, caller, {
      operation: 'archivePerson',
      entityType: 'Person',
      input,
      execute: (manager) => archiveRecord(manager, caller, { table: 'person', load: (m, c, id) => this.editablePerson(m, c, id), input }),
    });
  }

  /**
   * A person a write changes: a locked-down one answers like an unknown id to everyone but
   * custodians (no CONFLICT with a version, no payload), before the region is even looked at.
   */
  private async editablePerson(manager: EntityManager, caller: WriteCaller, id: string): Promise<WriteTarget> {
    if (!referenceable(caller, LockdownSubject.PERSON, id)) return outcomes.notFound(caller.locale, ['input', 'id']);
    return loadTarget(manager, caller.locale, id, {
      select: `SELECT * FROM person WHERE id = $1`,
      allowed: (row) => isRegionTeam(caller.viewer, row.region as Region),
    });
  }
}
