import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Apollo's persisted query manifest (clients/persisted-operations.json, built by `npm run clients`). */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: Array<{ id: string; name: string; type: string; body: string }>;
}

/** The same file the gateway loads: the sites send only the ids it lists. */
export const DEFAULT_MANIFEST_PATH = path.resolve(__dirname, '../../../clients/persisted-operations.json');

export function loadManifest(file: string = DEFAULT_MANIFEST_PATH): PersistedQueryManifest {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as PersistedQueryManifest;
  if (manifest.format !== 'apollo-persisted-query-manifest' || !Array.isArray(manifest.operations)) {
    throw new Error(`${file} is not an Apollo persisted query manifest`);
  }
  return manifest;
}
