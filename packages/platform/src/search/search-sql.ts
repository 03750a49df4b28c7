import { type SortSpec } from '../pagination/keyset-lister';

/**
 * Search that matches across scripts and spellings (docs/architecture.md §4.1). Text and queries both go
 * through icssi_normalize() in PostgreSQL: lower case; Arabic alef forms to bare alef, taa marbuta
 * to heh, alef maqsura and Persian/Kurdish yeh to yeh, hamza carriers to their base letter; Kurdish
 * letters (ڕ ڵ ۆ ێ ە ک) to the letters people type without a Kurdish keyboard; Arabic-Indic digits to
 * 0–9; Latin diacritics removed (Kurmanji ê î û ç ş); harakat, tatweel, lone hamza and zero-width
 * joiners dropped. A trigram index over the normalized text serves substring and fuzzy matching.
 */

const FROM = 'أإآٱؤۆۇئىیێکڪةەھۀڕڵڤ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹áàâäãåÁÀÂÄÃÅéèêëÉÈÊËíìîïÍÌÎÏóòôöõÓÒÔÖÕúùûüÚÙÛÜçÇşŞğĞñÑ';
const TO = 'ااااوووييييككههههرلف01234567890123456789aaaaaaaaaaaaeeeeeeeeiiiiiiiioooooooooouuuuuuuuccssggnn';

/** Statements for a service migration: the pg_trgm extension and the normalizing function. */
export const SEARCH_SETUP_SQL: readonly string[] = [
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  `CREATE OR REPLACE FUNCTION icssi_normalize(input text) RETURNS text
     LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
   $fn$ SELECT regexp_replace(translate(lower(input), '${FROM}', '${TO}'), '[\u064B-\u065F\u0670\u0640\u0621\u200C\u200D]', '', 'g') $fn$`,
];

/** SQL text of every translation of a localized jsonb column, for a search column. */
export function localizedSearchSource(column: string): string {
  return ['ar', 'ckb', 'kmr', 'en'].map((locale) => `coalesce(${column}->'${locale}'->>'value', '')`).join(` || ' ' || `);
}

/**
 * Search input as text PostgreSQL accepts: no NUL or other control characters (PostgreSQL refuses
 * NUL in text), no bidirectional overrides, at most 200 characters. LIKE wildcards are matched literally.
 */
export function cleanSearchText(query: string): string {
  return (
    query
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ')
      .replace(/[%_\\]/g, (char) => `\\${char}`)
      .trim()
      .slice(0, 200)
  );
}

/**
 * Conditions matching a normalized search column against a user's query: the normalized query as a
 * substring, or (for typos) by trigram word similarity. Returns null for a blank query.
 */
export function searchCondition(column: string, query: string, addParam: (value: unknown) => string): string | null {
  const trimmed = cleanSearchText(query);
  if (!trimmed) return null;
  const q = addParam(trimmed);
  return `(${column} LIKE '%' || icssi_normalize(${q}) || '%' OR icssi_normalize(${q}) <% ${column})`;
}

/**
 * Search results in order of relevance: records containing the query first, fuzzy matches after,
 * each group by name in the reader's language. A text sort key, so it pages like any other.
 */
export function searchRelevanceSort(searchColumn: string, query: string, nameExpression: string): SortSpec {
  return {
    key: `relevance:${query.trim().slice(0, 200)}`,
    expression: (params) =>
      `(CASE WHEN ${searchColumn} LIKE '%' || icssi_normalize(${params.add(cleanSearchText(query))}) || '%' THEN '0' ELSE '1' END || ${nameExpression})`,
    type: 'text',
    direction: 'ASC',
  };
}
