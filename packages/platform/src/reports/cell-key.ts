import { createHash } from 'node:crypto';

/**
 * Record keys and cell keys of the cell-key method. Every record counted as people (a person, a
 * council seat, a campaign action's or a council meeting's head count) has a secret random record
 * key in [0, 2^32), stored in its owner's database in a `record_key` column that no API returns.
 * A cell's key is the sum of its records' keys modulo 2^32, computed exactly (integers, so the
 * order of summation cannot change it): the same records give the same cell key, whichever query,
 * period, area or breakdown produced the cell, and so the same noise.
 */
export const KEY_SPACE = 2 ** 32;

/** SQL default of a `record_key` column: 32 random bits from gen_random_uuid() (a strong random source). */
export const RECORD_KEY_DEFAULT = `(('x' || substr(md5(gen_random_uuid()::text), 1, 8))::bit(32)::bigint)`;

/** The statements that give an existing table its record keys (every existing row gets its own). */
export const addRecordKeySql = (table: string): string[] => [
  `ALTER TABLE ${table} ADD COLUMN record_key bigint NOT NULL DEFAULT ${RECORD_KEY_DEFAULT}`,
  `ALTER TABLE ${table} ADD CONSTRAINT ${table}_record_key_range CHECK (record_key >= 0 AND record_key < ${KEY_SPACE})`,
];

/** SQL aggregate: the cell key of the rows in a group, from a record-key expression. */
export const cellKeySql = (keyExpression: string): string => `(coalesce(sum(${keyExpression}), 0) % ${KEY_SPACE})::bigint`;

/**
 * A count of people kept as a number on a record (an action's participants, women and youth) has no
 * person records. Each such figure gets its own key, derived from the record's key and the figure's
 * name with MD5 (independent of the other figures' keys); a cell of such figures adds them up like
 * person keys. SQL and TypeScript derive the same key.
 */
export const measureKeySql = (recordKeyExpression: string, measure: string): string =>
  `(('x' || substr(md5(${recordKeyExpression}::text || ':${measure.replace(/[^a-z_]/g, '')}'), 1, 8))::bit(32)::bigint)`;

export function measureKey(recordKey: string | number | bigint, measure: string): number {
  return parseInt(
    createHash('md5')
      .update(`${String(recordKey)}:${measure.replace(/[^a-z_]/g, '')}`)
      .digest('hex')
      .slice(0, 8),
    16,
  );
}

/** The cell key of a group of keys (what cellKeySql computes in the database). */
export function cellKeyOf(keys: Iterable<number>): number {
  let sum = 0n;
  for (const key of keys) sum += BigInt(key);
  return Number(sum % BigInt(KEY_SPACE));
}
