import { GraphQLError } from 'graphql';
import { type DataSource, type EntityManager } from 'typeorm';
import {
  LOCKDOWN_CHANNEL,
  LockdownSubject,
  type MutationCaller,
  type Region,
  Role,
  type SubgraphServices,
  type UserError,
  UserErrorCode,
  SUBGRAPH_NAMES,
  isCustodian,
  isRegionTeam,
  isUuid,
  pushLockdowns,
  runMutation,
  subgraphUrl,
} from '@icssi/platform';

/** What a lockdown (or lifting one) did; the GraphQL LockdownPayload implements it. */
export interface LockdownOutcome {
  subjectId: string | null;
  replicasUpdated: number;
  userErrors: UserError[];
}

/** The other subgraphs (name → GraphQL URL): they keep versioned copies of the lockdown list. */
function copiesFromEnv(): Record<string, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.filter((name) => name !== 'organisations').map((name) => [name, subgraphUrl(name)]));
}

const SUBJECTS = {
  [LockdownSubject.PERSON]: { entityType: 'Person', field: 'personId', regionSql: 'SELECT region FROM person WHERE id = $1' },
  [LockdownSubject.ORGANISATION]: {
    entityType: 'Organisation',
    field: 'organisationId',
    regionSql: 'SELECT home_region AS region FROM organisation WHERE id = $1',
  },
} as const;

/**
 * Lockdown and unlock. The `lockdown` table of this database is the record: each change is one
 * mutation (audit record included) that also bumps the list version and announces it (NOTIFY), so
 * every replica of this subgraph applies it within the re-read interval at worst. After commit the
 * whole list goes to the other subgraphs' copies, which also pull it regularly.
 * Lockdown: admins and editors of the subject's region. Unlock, the only way to shorten the list:
 * custodians (admins) only.
 */
export class LockdownService {
  /** Where the list is pushed (name → GraphQL URL); tests point it at their own subgraphs. */
  copies: Record<string, string> = copiesFromEnv();

  constructor(
    private readonly dataSource: DataSource,
    private readonly services: SubgraphServices,
  ) {}

  lockPerson(caller: MutationCaller, personId: string): Promise<LockdownOutcome> {
    return this.change(caller, LockdownSubject.PERSON, personId, true);
  }

  lockOrganisation(caller: MutationCaller, organisationId: string): Promise<LockdownOutcome> {
    return this.change(caller, LockdownSubject.ORGANISATION, organisationId, true);
  }

  unlockPerson(caller: MutationCaller, personId: string): Promise<LockdownOutcome> {
    return this.change(caller, LockdownSubject.PERSON, personId, false);
  }

  unlockOrganisation(caller: MutationCaller, organisationId: string): Promise<LockdownOutcome> {
    return this.change(caller, LockdownSubject.ORGANISATION, organisationId, false);
  }

  private async change(caller: MutationCaller, subjectType: LockdownSubject, subjectId: string, locked: boolean): Promise<LockdownOutcome> {
    if (!caller.viewer.roles.some((role) => role === Role.ADMIN || role === Role.EDITOR)) {
      throw new GraphQLError('Only editors and admins may lock a record down or lift a lockdown.', { extensions: { code: 'FORBIDDEN' } });
    }
    const subject = SUBJECTS[subjectType];
    const failure = (code: UserErrorCode, message: string) => ({ userErrors: [{ code, field: ['input', subject.field], message }] });
    const result = await runMutation(this.dataSource, caller, {
      operation: `${locked ? 'lockdown' : 'unlock'}${subject.entityType}`,
      entityType: subject.entityType,
      input: { subjectType, subjectId },
      execute: async (manager) => {
        const [row] = isUuid(subjectId) ? await manager.query(subject.regionSql, [subjectId]) : [];
        if (!row) return failure(UserErrorCode.NOT_FOUND, 'No such record.');
        if (!isRegionTeam(caller.viewer, row.region as Region))
          return failure(UserErrorCode.FORBIDDEN, 'Editors may lock down records of their own region only.');
        // Shortening the list is the custodians' decision alone.
        if (!locked && !isCustodian(caller.viewer))
          return failure(UserErrorCode.FORBIDDEN, 'Only custodians (admins) may lift a lockdown.');
        const changed = await this.write(manager, subjectType, subjectId, locked);
        return { entityId: subjectId, changes: changed ? [{ field: 'lockdown', old: !locked, new: locked }] : [] };
      },
    });
    if (result.userErrors.length) return { subjectId: null, replicasUpdated: 0, userErrors: result.userErrors };
    // This replica applies it at once; the others hear the NOTIFY; the copies get the new list now.
    await this.services.lockdown.refresh();
    this.services.logger.info(locked ? 'lockdown' : 'lockdown lifted', {
      subjectType,
      subjectId,
      by: caller.viewer.id,
      version: this.services.lockdown.version,
    });
    const replicasUpdated = await pushLockdowns(this.copies, this.services.lockdown.snapshot(), this.services.secret);
    return { subjectId, replicasUpdated, userErrors: [] };
  }

  /** Adds or removes the row; when that changed the list, a new version, announced at commit. */
  private async write(manager: EntityManager, subjectType: LockdownSubject, subjectId: string, locked: boolean): Promise<boolean> {
    const rows: unknown[] = locked
      ? await manager.query(`INSERT INTO lockdown (subject_type, subject_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING subject_id`, [
          subjectType,
          subjectId,
        ])
      : await manager.query(`DELETE FROM lockdown WHERE subject_type = $1 AND subject_id = $2 RETURNING subject_id`, [
          subjectType,
          subjectId,
        ]);
    // DELETE … RETURNING comes back from TypeORM as [rows, affected].
    const affected = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
    if (affected === 0) return false;
    // A row lock on the version row: versions follow commit order, so no copy can see version n+1 without n's change.
    await manager.query(
      `WITH bumped AS (UPDATE lockdown_list_version SET version = version + 1 RETURNING version)
       SELECT version, pg_notify($1, version::text) FROM bumped`,
      [LOCKDOWN_CHANNEL],
    );
    return true;
  }
}
