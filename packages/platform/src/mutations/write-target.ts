import { type EntityManager } from 'typeorm';
import { type UserErrorValue } from '../domain/user-error';
import { isUuid } from '../ids/record-keys';
import { type Locale } from '../i18n/locale';
import { outcomes } from './user-errors';
import { type MutationCaller } from './mutation-runner';
import { type WriteCaller } from './write-scope';

export type TargetRow = Record<string, unknown>;

/** The record a write changes, or why the write goes no further (nothing is written then). */
export type WriteTarget = { row: TargetRow } | { userErrors: UserErrorValue[] };

/** A writer's own loadTarget rule: the row a write names, if the caller may change it. */
export type TargetLoader<Caller extends MutationCaller = WriteCaller> = (
  manager: EntityManager,
  caller: Caller,
  id: string,
) => Promise<WriteTarget>;

/** How a writer finds the record it changes and who may change it (see loadTarget). */
export interface TargetRule {
  /** `SELECT … WHERE <record>.id = $1`: the record's row and any columns the checks need (a joined region). */
  select: string;
  /** The input field that names the record, for the user error (default `input.id`). */
  field?: string[];
  /** A row that is gone for this write (archived, locked down): NOT_FOUND, exactly as an unknown id. */
  gone?: (row: TargetRow) => boolean;
  /** Whether the caller may change this row (usually: edits its region): FORBIDDEN otherwise. */
  allowed: (row: TargetRow) => boolean;
  /** Columns joined only for the checks: left out of the row returned (it is the audit's "before"). */
  joined?: readonly string[];
}

/**
 * The target-row step every writer shares: one query inside the mutation's transaction, then
 * unknown (or malformed, not even queried) and gone ids answer NOT_FOUND, and a row the caller may
 * not change FORBIDDEN, in that order, so a hidden record is never revealed by a FORBIDDEN.
 */
export async function loadTarget(manager: EntityManager, locale: Locale, id: string, rule: TargetRule): Promise<WriteTarget> {
  const field = rule.field ?? ['input', 'id'];
  const [row] = (isUuid(id) ? await manager.query(rule.select, [id]) : []) as TargetRow[];
  if (!row || rule.gone?.(row)) return outcomes.notFound(locale, field);
  if (!rule.allowed(row)) return outcomes.forbiddenRegion(locale, field);
  if (!rule.joined?.length) return { row };
  const own = { ...row };
  for (const column of rule.joined) delete own[column];
  return { row: own };
}

/** The usual `gone` rule: an archived record is gone for writes, except to archive it again (which changes nothing). */
export const archivedUnless =
  (archiving: boolean, column = 'archived_at') =>
  (row: TargetRow): boolean =>
    Boolean(row[column]) && !archiving;
