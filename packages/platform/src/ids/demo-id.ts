import { createHash } from 'node:crypto';

// A fixed namespace so demo ids are the same in every service and on every machine.
const DEMO_NAMESPACE = 'icssi-graph-demo-data';

/**
 * A deterministic UUID (version 5 layout, SHA-1 based) for a demo record, e.g.
 * demoId('organisation', 'icssi'). Services refer to each other's demo records by these ids,
 * and seeding twice writes the same ids, which keeps the seed idempotent.
 */
export function demoId(kind: string, slug: string): string {
  const hash = createHash('sha1').update(`${DEMO_NAMESPACE}:${kind}:${slug}`).digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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
  return value.toUpperCase().replace(/[^A-Z0-9-]/g, '').slice(0, 8);
}
