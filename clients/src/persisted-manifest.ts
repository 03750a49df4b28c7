import { type ClientOperation } from './client-operations';

/** Apollo's persisted query manifest format, as Apollo Router and GraphOS read it. */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: Array<{ id: string; name: string; type: ClientOperation['type']; body: string }>;
}

export function buildManifest(operations: ClientOperation[]): PersistedQueryManifest {
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: [...operations].sort((a, b) => a.name.localeCompare(b.name)).map(({ id, name, type, body }) => ({ id, name, type, body })),
  };
}

export function manifestText(operations: ClientOperation[]): string {
  return `${JSON.stringify(buildManifest(operations), null, 2)}\n`;
}
