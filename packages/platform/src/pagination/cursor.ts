import { GraphQLError } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.args';

/** A keyset position: the sort value and the id of the last item seen. */
export interface CursorPosition {
  value: string | number;
  id: string;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Cursors are opaque to clients: base64url of [sort key, sort value, id]. */
export function encodeCursor(sortKey: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([sortKey, position.value, position.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor made for the same ordering; anything else is a BAD_USER_INPUT error. */
export function decodeCursor(cursor: string, sortKey: string, isValidId: (id: string) => boolean = () => true): CursorPosition {
  try {
    if (cursor.length > 1000) throw new Error('too long');
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(decoded) && decoded.length === 3) {
      const [key, value, id] = decoded as [unknown, unknown, unknown];
      const plainValue = typeof value === 'number' || (typeof value === 'string' && !/[\u0000]/.test(value));
      if (key === sortKey && plainValue && typeof id === 'string' && id.length <= 100 && isValidId(id)) {
        return { value, id };
      }
    }
  } catch {
    // fall through
  }
  throw badInput('The cursor is not valid for this list and ordering; start again without `after`.');
}

/** The page size asked for, checked against the cap. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return size;
}
