import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Persisted operations by id (sha256 of the document text, hex). */
export type PersistedOperations = ReadonlyMap<string, string>;

/**
 * Reads an Apollo persisted query manifest. Every id must be the sha256 of its body: clients send
 * that hash as `extensions.persistedQuery.sha256Hash`, and a mismatch would run another document.
 */
export function loadPersistedOperations(manifestPath: string): PersistedOperations {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    format?: string;
    version?: number;
    operations?: Array<{ id: string; body: string }>;
  };
  if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    throw new Error(`${manifestPath} is not an Apollo persisted query manifest (version 1)`);
  }
  const operations = new Map<string, string>();
  for (const { id, body } of manifest.operations) {
    if (createHash('sha256').update(body).digest('hex') !== id) throw new Error(`${manifestPath}: id ${id} is not the sha256 of its body`);
    operations.set(id, body);
  }
  return operations;
}
