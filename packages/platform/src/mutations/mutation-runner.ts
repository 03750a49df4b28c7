import { createHash } from 'node:crypto';
import { type DataSource, type EntityManager } from 'typeorm';
import { type Viewer } from '../context/viewer';
import { type UserErrorValue, UserErrorCode } from '../domain/user-error';
import { type Locale } from '../i18n/locale';
import { type AuditChange, diff } from './audit-log';
import { message, userError } from './user-errors';
import { requireWriter } from './writer-role';

/** What a mutation's work returns: user errors (nothing is written), or the record it wrote. */
export type MutationOutcome = { userErrors: UserErrorValue[] } | { entityId: string; changes: AuditChange[]; unchanged?: boolean };

export interface MutationSpec {
  operation: string;
  entityType: string;
  /**
   * The client's idempotency key of a create: a retry by the same caller with the same input returns
   * the first result. Keys belong to their caller (another caller's key is a new key), and a retry is
   * authorized like a new request (see runMutation). Writers leave it to runWrite, which takes it
   * from their input.
   */
  idempotencyKey?: string | null;
  /** The input, compared by hash for idempotent retries. */
  input: unknown;
  /** Unique constraint name → input field, to report DUPLICATE on the right field. */
  uniqueFields?: Record<string, string[]>;
  /** The work, inside the mutation's one transaction. */
  execute(manager: EntityManager): Promise<MutationOutcome>;
}

export interface MutationCaller {
  viewer: Viewer;
  locale: Locale;
  requestId: string;
}

export interface MutationResult {
  entityId: string | null;
  userErrors: UserErrorValue[];
}

class RollbackWithErrors extends Error {
  constructor(readonly userErrors: UserErrorValue[]) {
    super('rolled back');
  }
}

/** The hash an idempotent retry is compared by (the input without its key, see splitIdempotencyKey). */
export const hashInput = (input: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(input ?? null))
    .digest('hex');

/**
 * Separates a client's idempotency key from the rest of its input: the key names the request, it is
 * not part of what is compared, so a retry with the same input under the same key hashes alike.
 * (Hashes equal those of `{ ...input, idempotencyKey: undefined }`, as stored before runWrite.)
 */
export function splitIdempotencyKey<I extends object>(input: I): { idempotencyKey: string | null; hashed: Omit<I, 'idempotencyKey'> } {
  const { idempotencyKey, ...hashed } = input as I & { idempotencyKey?: string | null };
  return { idempotencyKey: idempotencyKey ?? null, hashed };
}

/** A writer's mutation: runMutation's spec without the key, which runWrite takes from the input. */
export interface WriteSpec<I extends object> extends Omit<MutationSpec, 'idempotencyKey' | 'input'> {
  /** The input as the client sent it; an `idempotencyKey` field in it makes a create idempotent. */
  input: I;
}

/**
 * A write by an editor or admin (the scaffolding every writer shared, in one place): refuses any
 * other role before the input is read, takes the idempotency key out of the input (the rest is
 * hashed for retries), then runs the mutation (runMutation).
 */
export function runWrite<I extends object>(dataSource: DataSource, caller: MutationCaller, spec: WriteSpec<I>): Promise<MutationResult> {
  requireWriter(caller.viewer);
  const { idempotencyKey, hashed } = splitIdempotencyKey(spec.input);
  return runMutation(dataSource, caller, { ...spec, idempotencyKey, input: hashed });
}

/**
 * Runs one mutation as one database transaction: idempotency check, the work, the audit record
 * and the idempotency record commit together or not at all. Constraint violations come back as
 * user errors (DUPLICATE, NOT_FOUND, INVALID), never as raw database errors. Writers call runWrite
 * (the writer check first); this is for mutations with a role check of their own (lockdown).
 */
export async function runMutation(dataSource: DataSource, caller: MutationCaller, spec: MutationSpec): Promise<MutationResult> {
  const key = spec.idempotencyKey?.trim() || null;
  const inputHash = hashInput(spec.input);
  if (key && key.length > 200) {
    return {
      entityId: null,
      userErrors: [userError(UserErrorCode.INVALID, ['input', 'idempotencyKey'], message(caller.locale, 'tooLong', { max: 200 }))],
    };
  }
  const viewerId = caller.viewer.id ?? '';
  const replay = async (): Promise<MutationResult | null> => {
    if (!key) return null;
    const [previous] = await dataSource.query(
      `SELECT input_hash, result FROM idempotency_key WHERE operation = $1 AND viewer_id = $2 AND key = $3`,
      [spec.operation, viewerId, key],
    );
    if (!previous) return null;
    if (previous.input_hash !== inputHash) {
      return {
        entityId: null,
        userErrors: [userError(UserErrorCode.INVALID, ['input', 'idempotencyKey'], message(caller.locale, 'idempotencyMismatch'))],
      };
    }
    // Authorized like a new request: the same checks run again, and nothing they write is kept.
    const refusal = await checksOfRetry(dataSource, spec);
    if (refusal) return { entityId: null, userErrors: refusal };
    return { entityId: previous.result.entityId as string, userErrors: [] };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await dataSource.transaction(async (manager) => {
      const outcome = await spec.execute(manager);
      if ('userErrors' in outcome) throw new RollbackWithErrors(outcome.userErrors);
      // A write that changed nothing (archiving an archived record) leaves no audit record either.
      if (!outcome.unchanged)
        await manager.query(
          `INSERT INTO audit_log (viewer_id, viewer_roles, request_id, operation, entity_type, entity_id, changes) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            caller.viewer.id,
            caller.viewer.roles,
            caller.requestId.slice(0, 100),
            spec.operation,
            spec.entityType,
            outcome.entityId,
            JSON.stringify(outcome.changes),
          ],
        );
      if (key) {
        await manager.query(`INSERT INTO idempotency_key (operation, key, viewer_id, input_hash, result) VALUES ($1, $2, $3, $4, $5)`, [
          spec.operation,
          key,
          viewerId,
          inputHash,
          JSON.stringify({ entityId: outcome.entityId }),
        ]);
      }
      return { entityId: outcome.entityId, userErrors: [] };
    });
  } catch (error) {
    if (error instanceof RollbackWithErrors) return { entityId: null, userErrors: error.userErrors };
    const code = (error as { code?: string; constraint?: string }).code;
    const constraint = (error as { constraint?: string }).constraint ?? '';
    if (code === '23505' && constraint === 'idempotency_key_pkey') {
      // The same key committed concurrently: answer as a retry would.
      const again = await replay();
      if (again) return again;
    }
    if (code === '23505') {
      return {
        entityId: null,
        userErrors: [userError(UserErrorCode.DUPLICATE, spec.uniqueFields?.[constraint] ?? ['input'], message(caller.locale, 'duplicate'))],
      };
    }
    if (code === '23503')
      return { entityId: null, userErrors: [userError(UserErrorCode.NOT_FOUND, ['input'], message(caller.locale, 'notFound'))] };
    if (code === '23514' || code === '22001' || code === '22P02') {
      return { entityId: null, userErrors: [userError(UserErrorCode.INVALID, ['input'], message(caller.locale, 'invalid'))] };
    }
    throw error;
  }
}

class DryRun extends Error {
  constructor(readonly userErrors: UserErrorValue[] | null) {
    super('dry run');
  }
}

/**
 * A retry's checks: the mutation's work runs in a transaction that is always rolled back. Its user
 * errors (the caller no longer may, a reference is gone or locked down) are the retry's answer; a
 * constraint the first request's row now violates means the checks before the write passed.
 */
async function checksOfRetry(dataSource: DataSource, spec: MutationSpec): Promise<UserErrorValue[] | null> {
  try {
    await dataSource.transaction(async (manager) => {
      const outcome = await spec.execute(manager);
      throw new DryRun('userErrors' in outcome ? outcome.userErrors : null);
    });
  } catch (error) {
    if (error instanceof DryRun) return error.userErrors;
    if (typeof (error as { code?: unknown }).code === 'string' && /^23/.test((error as { code: string }).code)) return null;
    throw error;
  }
  return null;
}

export type VersionedUpdate = { row: Record<string, unknown> } | { conflict: number } | { notFound: true };

/**
 * The only safe way to update: `UPDATE … WHERE id = $1 AND version = $2`, checking that a row
 * changed. TypeORM's save() with a version column does not prevent lost updates.
 */
export async function updateVersioned(
  manager: EntityManager,
  table: string,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<VersionedUpdate> {
  const columns = Object.keys(values);
  const assignments = columns.map((column, index) => `${column} = $${index + 3}`);
  const rows: Array<Record<string, unknown>> = await manager.query(
    `UPDATE ${table} SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
     WHERE id = $1 AND version = $2 RETURNING *`,
    [id, expectedVersion, ...columns.map((column) => values[column])],
  );
  // TypeORM returns [rows, affected] for UPDATE … RETURNING on PostgreSQL.
  const updated = Array.isArray(rows[0]) ? (rows[0] as unknown as Array<Record<string, unknown>>) : rows;
  if (updated.length === 1) return { row: updated[0] };
  const [current] = await manager.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  return current ? { conflict: current.version as number } : { notFound: true };
}

/**
 * A versioned update as a mutation outcome: CONFLICT with the current version, NOT_FOUND, or the
 * audit changes of the written row (personal fields without values).
 */
export async function writeVersioned(
  manager: EntityManager,
  locale: Locale,
  target: { table: string; id: string; version: number; before: Record<string, unknown> },
  values: Record<string, unknown>,
  audited: readonly string[],
  personal: readonly string[] = [],
): Promise<MutationOutcome> {
  // An archived record is not edited any more: for writes it is gone.
  if (target.before.archived_at) return { userErrors: [userError(UserErrorCode.NOT_FOUND, ['input', 'id'], message(locale, 'notFound'))] };
  const result = await updateVersioned(manager, target.table, target.id, target.version, values);
  if ('conflict' in result)
    return {
      userErrors: [userError(UserErrorCode.CONFLICT, ['input', 'version'], message(locale, 'conflict', { version: result.conflict }))],
    };
  if ('notFound' in result) return { userErrors: [userError(UserErrorCode.NOT_FOUND, ['input', 'id'], message(locale, 'notFound'))] };
  return { entityId: target.id, changes: diff(target.before, result.row, audited, personal) };
}

/** INSERT of one row from a column → value map, returning the stored row. */
export async function insertReturning(
  manager: EntityManager,
  table: string,
  values: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const columns = Object.keys(values);
  const [row] = await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(', ')}) RETURNING *`,
    columns.map((column) => values[column]),
  );
  return row;
}
