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
