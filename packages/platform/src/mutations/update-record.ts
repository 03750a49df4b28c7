import { type EntityManager } from 'typeorm';
import { type MutationCaller, type MutationOutcome, writeVersioned } from './mutation-runner';
import { InputChecks } from './user-errors';
import { type WriteCaller } from './write-scope';
import { type TargetLoader, type TargetRow } from './write-target';

/** An update of one record: how to load the row the caller may change, the writer's checks, and the new values. */
export interface RecordUpdate<Caller extends MutationCaller, Input extends { id: string; version: number }> {
  table: string;
  /** The row the caller may change, or NOT_FOUND / FORBIDDEN (the writer's loadTarget rule). */
  load: TargetLoader<Caller>;
  input: Input;
  /** The writer's checks of the input against the loaded row (they may look things up); a failed one writes nothing. */
  check: (checks: InputChecks, row: TargetRow) => void | Promise<void>;
  /** The columns written, once every check passed. */
  values: (row: TargetRow) => Record<string, unknown>;
  /** The columns whose change the audit keeps; `personal` ones without their values. */
  audited: readonly string[];
  personal?: readonly string[];
}

/**
 * The update mutation of a record, in the one order every writer follows: load the row the caller
 * may change, check the input against it, then write the new values if the version is still current.
 */
export async function updateRecord<
  Caller extends MutationCaller = WriteCaller,
  Input extends { id: string; version: number } = { id: string; version: number },
>(manager: EntityManager, caller: Caller, update: RecordUpdate<Caller, Input>): Promise<MutationOutcome> {
  const current = await update.load(manager, caller, update.input.id);
  if ('userErrors' in current) return current;
  const checks = new InputChecks(caller.locale);
  await update.check(checks, current.row);
  if (!checks.ok) return { userErrors: checks.errors };
  const target = { table: update.table, id: update.input.id, version: update.input.version, before: current.row };
  return writeVersioned(manager, caller.locale, target, update.values(current.row), update.audited, update.personal);
}
