import { type UserErrorValue } from '../domain/user-error';
import { type MutationResult } from './mutation-runner';

/** A mutation payload: the record under its field name (null when nothing was written) and the user errors. */
export type Payload<K extends string, T> = { [P in K]: T | null } & { userErrors: UserErrorValue[] };

/**
 * Builds a mutation's payload from its result: the record written is read back through the read
 * gate (`read`), so a payload shows it exactly as a query by this caller would; with user errors
 * there is no record and nothing is read.
 */
export async function payloadOf<K extends string, T>(
  field: K,
  result: MutationResult | Promise<MutationResult>,
  read: (id: string) => Promise<T | null>,
): Promise<Payload<K, T>> {
  const { entityId, userErrors } = await result;
  const record = entityId === null ? null : await read(entityId);
  return { [field]: record, userErrors } as Payload<K, T>;
}
