import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.args';

/** SQL types a keyset sort value may have. */
export type SortValueType = 'text' | 'int' | 'date' | 'timestamptz' | 'numeric';

/**
 * A keyset position: the sort value exactly as PostgreSQL holds it, as text (null for a NULL sort
 * value), and the unique key of the last item seen.
 */
export interface CursorPosition {
  value: string | null;
  id: string;
}

// Room for a long localized sort value (a title in Arabic script is two bytes a letter, then base64).
const MAX_CURSOR_LENGTH = 8000;
const INVALID_CURSOR = 'The cursor is not valid for this list and ordering; start again without `after`.';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * The name of one list and ordering inside its cursors (a short hash, so cursors stay short and
 * opaque): a cursor of another list, ordering or direction is refused instead of silently
 * positioning the walk somewhere else.
 */
export function cursorListTag(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 12);
}

/** Cursors are opaque to clients: base64url of [list tag, sort value, key]. */
export function encodeCursor(listTag: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([listTag, position.value, position.id]), 'utf8').toString('base64url');
}

function isCalendarDate(year: string, month: string, day: string): boolean {
  if (Number(year) < 1) return false; // PostgreSQL has no year 0 (1 BC is written differently)
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  date.setUTCFullYear(Number(year)); // years 0–99 would otherwise mean 1900–1999
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/;

/**
 * Whether a cursor's sort value is a value of the ordering's SQL type, in the exact text form the
 * lister writes (see cursorValueSql), so that casting it in SQL cannot fail.
 */
export function isSortValue(value: string, type: SortValueType): boolean {
  switch (type) {
    case 'text':
      return !value.includes('\u0000');
    case 'int':
      return /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= 2147483647;
    case 'numeric':
      return /^-?\d{1,30}(\.\d{1,30})?$/.test(value);
    case 'date': {
      const match = DATE.exec(value);
      return Boolean(match) && isCalendarDate(match![1], match![2], match![3]);
    }
    case 'timestamptz': {
      const match = TIMESTAMP.exec(value);
      return (
        Boolean(match) &&
        isCalendarDate(match![1], match![2], match![3]) &&
        Number(match![4]) < 24 &&
        Number(match![5]) < 60 &&
        Number(match![6]) < 60
      );
    }
  }
}

/**
 * Decodes a cursor made for the same list and ordering, checking the type of every part: anything
 * else (forged, truncated, wrong-typed, another list's) is a BAD_USER_INPUT error, never a failed SQL cast.
 */
export function decodeCursor(
  cursor: string,
  listTag: string,
  valueType: SortValueType,
  isValidId: (id: string) => boolean = () => true,
): CursorPosition {
  let decoded: unknown;
  try {
    if (cursor.length > MAX_CURSOR_LENGTH) throw badInput(INVALID_CURSOR);
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(INVALID_CURSOR);
  }
  if (Array.isArray(decoded) && decoded.length === 3) {
    const [tag, value, id] = decoded as [unknown, unknown, unknown];
    const validValue = value === null || (typeof value === 'string' && isSortValue(value, valueType));
    const validId = typeof id === 'string' && id.length > 0 && id.length <= 100 && !id.includes('\u0000') && isValidId(id);
    if (tag === listTag && validValue && validId) return { value: value as string | null, id: id as string };
  }
  throw badInput(INVALID_CURSOR);
}

/**
 * SQL giving a sort value as the exact text a cursor carries: full precision (microseconds for
 * timestamps, every digit of numerics), in a form PostgreSQL casts back to the same value whatever
 * the session's TimeZone or DateStyle.
 */
export function cursorValueSql(expression: string, type: SortValueType): string {
  switch (type) {
    case 'timestamptz':
      return `to_char((${expression}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    case 'date':
      return `to_char(${expression}, 'YYYY-MM-DD')`;
    default:
      return `(${expression})::text`;
  }
}

/** The page size asked for, checked against the cap. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return size;
}
