/** What can name a record (UUID ids, slugs, governorate codes), checked before anything reaches SQL. */

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid UUID; lookups of anything else answer "not found" without SQL. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Slugs are lower-case words joined by hyphens; anything else cannot name a record (and never reaches SQL). */
export function isPlausibleSlug(value: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,99}$/i.test(value);
}

/** An ISO 3166-2 code as given by a client, reduced to the characters codes have (e.g. "iq-ar" → "IQ-AR"). */
export function normalizeGovernorateCode(value: string): string {
  return value
    .toUpperCase()
    .replace(/[^A-Z0-9-]/g, '')
    .slice(0, 8);
}
