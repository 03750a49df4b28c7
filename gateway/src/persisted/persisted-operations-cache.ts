import { type PersistedOperations } from './persisted-manifest';

const APQ_PREFIX = 'apq:';

/**
 * Apollo Server's persisted-query store, read-only over the manifest: a known hash runs its
 * document (GET or POST), an unknown one answers PERSISTED_QUERY_NOT_FOUND. Callers cannot add
 * documents to it (automatic registration is a no-op), so only what the frontends shipped is persisted.
 */
export class PersistedOperationsCache {
  constructor(private readonly operations: PersistedOperations) {}

  async get(key: string): Promise<string | undefined> {
    return this.operations.get(key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key);
  }

  async set(): Promise<void> {}

  async delete(): Promise<void> {}
}
