import { FALLBACK_CHAINS, type Locale } from './locale';

/**
 * A NOT NULL SQL expression for ordering by a localized jsonb column in the reader's language,
 * with the same fallback chain as the field itself.
 */
export function localizedSortExpression(column: string, locale: Locale): string {
  const values = FALLBACK_CHAINS[locale].map((candidate) => `${column}->'${candidate}'->>'value'`);
  return `coalesce(${values.join(', ')}, '')`;
}
