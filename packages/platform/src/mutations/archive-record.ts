import { type EntityManager } from 'typeorm';
import { UserErrorCode, type UserErrorValue } from '../domain/user-error';
import { type Locale } from '../i18n/locale';
import { type MutationCaller, type MutationOutcome, writeVersioned } from './mutation-runner';
import { InputChecks } from './user-errors';
import { type TargetLoader, type TargetRow } from './write-target';

/** How a record shows it is archived, and the columns that archive it. */
export interface ArchiveMark {
  archived: (row: TargetRow) => boolean;
  values: () => Record<string, unknown>;
}

/** The usual mark: `archived_at`, set to now. */
export const ARCHIVED_AT: ArchiveMark = { archived: (row) => Boolean(row.archived_at), values: () => ({ archived_at: new Date() }) };

/**
 * Archives a record (soft delete), versioned; `audited` names the fields whose change the audit keeps.
 * Archiving an archived record answers like the first time, with no new version and no audit record.
 */
export async function archiveVersioned(
  manager: EntityManager,
  locale: Locale,
  target: { table: string; id: string; version: number; before: TargetRow },
  audited: readonly string[] = ['archived_at'],
  mark: ArchiveMark = ARCHIVED_AT,
): Promise<MutationOutcome> {
  if (mark.archived(target.before)) return { entityId: target.id, changes: [], unchanged: true };
  return writeVersioned(manager, locale, target, mark.values(), audited);
}

/** Records that still depend on the one archived: `count` is `SELECT count(*)::int AS live … $1` (the record's id). */
export interface StillInUse {
  count: string;
  /** What the counted records are, in the user error: `3 seasons`. */
  what: string;
}

/** A record still in use by `live` others is not archived: archive or withdraw those first. */
export function stillInUseErrors(locale: Locale, live: number, what: string): UserErrorValue[] {
  if (live <= 0) return [];
  const checks = new InputChecks(locale);
  checks.fail(UserErrorCode.INVALID, ['input', 'id'], 'stillInUse', { what: `${live} ${what}` });
  return checks.errors;
}

export interface ArchivedRecord<Caller extends MutationCaller> {
  table: string;
  /** The row the caller may change, or NOT_FOUND / FORBIDDEN (the writer's loadTarget rule, archiving allowed). */
  load: TargetLoader<Caller>;
  input: { id: string; version: number };
  /** The columns the audit keeps (default `archived_at`). */
  audited?: readonly string[];
  inUse?: StillInUse;
  /** How the record is archived (default ARCHIVED_AT). */
  mark?: ArchiveMark;
}

/** The archive mutation of a record: load the row the caller may change, check nothing still uses it, then archive it. */
export async function archiveRecord<Caller extends MutationCaller>(
  manager: EntityManager,
  caller: Caller,
  record: ArchivedRecord<Caller>,
): Promise<MutationOutcome> {
  const { input, table } = record;
  const current = await record.load(manager, caller, input.id);
  if ('userErrors' in current) return current;
  if (record.inUse) {
    const [{ live }] = (await manager.query(record.inUse.count, [input.id])) as Array<{ live: number }>;
    const userErrors = stillInUseErrors(caller.locale, live, record.inUse.what);
    if (userErrors.length) return { userErrors };
  }
  return archiveVersioned(
    manager,
    caller.locale,
    { table, id: input.id, version: input.version, before: current.row },
    record.audited,
    record.mark,
  );
}
