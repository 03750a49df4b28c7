import { type EntityManager } from 'typeorm';
import { type UserErrorValue } from '../domain/user-error';
import { type Locale } from '../i18n/locale';
import { type MutationOutcome, writeVersioned } from './mutation-runner';
import { InputChecks } from './user-errors';
import { type WriteCaller } from './write-scope';
import { type TargetLoader, type TargetRow } from './write-target';

/**
 * A dated record (a membership, a partnership, a council seat): a relationship with a first and a
 * last day, ended by its own mutation and otherwise corrected in place, versioned.
 */
export interface DatedRecord<Input extends { id: string; version: number }> {
  table: string;
  /** The row the caller may change, or NOT_FOUND / FORBIDDEN (the writer's loadTarget rule). */
  load: TargetLoader;
  input: Input;
}

/** What ending a dated record needs: its last day, not before its first. */
export function endDateErrors(locale: Locale, row: TargetRow, endDate: string): UserErrorValue[] {
  const checks = new InputChecks(locale);
  checks.datesInOrder(row.start_date as string | null, endDate, ['input', 'endDate']);
  return checks.errors;
}

/**
 * What correcting a dated record needs: the writer's own checks of the input first, then a new
 * first day not after the last (the end stays with the record's end mutation).
 */
export function correctionErrors(
  locale: Locale,
  row: TargetRow,
  startDate: string | null | undefined,
  check?: (checks: InputChecks) => void,
): UserErrorValue[] {
  const checks = new InputChecks(locale);
  check?.(checks);
  checks.datesInOrder(startDate ?? null, row.end_date as string | null, ['input', 'startDate']);
  return checks.errors;
}

/** Ends a dated relationship on a loaded row: the last day not before the first, versioned. */
export function endVersioned(
  manager: EntityManager,
  locale: Locale,
  table: string,
  row: TargetRow,
  input: { id: string; version: number; endDate: string },
): Promise<MutationOutcome> | MutationOutcome {
  const userErrors = endDateErrors(locale, row, input.endDate);
  if (userErrors.length) return { userErrors };
  return writeVersioned(manager, locale, { table, id: input.id, version: input.version, before: row }, { end_date: input.endDate }, [
    'end_date',
  ]);
}

/** The end mutation of a dated record: load the row the caller may change, then end it. */
export async function endDatedRecord(
  manager: EntityManager,
  caller: WriteCaller,
  record: DatedRecord<{ id: string; version: number; endDate: string }>,
): Promise<MutationOutcome> {
  const current = await record.load(manager, caller, record.input.id);
  if ('userErrors' in current) return current;
  return endVersioned(manager, caller.locale, record.table, current.row, record.input);
}

/** A correction of a dated record: the columns written, those the audit keeps, and the writer's own input checks. */
export interface DatedRecordCorrection {
  values: Record<string, unknown>;
  audited: readonly string[];
  check?: (checks: InputChecks) => void;
}

/** The update mutation of a dated record: load the row the caller may change, check, then write the correction. */
export async function correctDatedRecord(
  manager: EntityManager,
  caller: WriteCaller,
  record: DatedRecord<{ id: string; version: number; startDate?: string | null }>,
  correction: DatedRecordCorrection,
): Promise<MutationOutcome> {
  const { input, table } = record;
  const current = await record.load(manager, caller, input.id);
  if ('userErrors' in current) return current;
  const userErrors = correctionErrors(caller.locale, current.row, input.startDate, correction.check);
  if (userErrors.length) return { userErrors };
  return writeVersioned(
    manager,
    caller.locale,
    { table, id: input.id, version: input.version, before: current.row },
    correction.values,
    correction.audited,
  );
}
