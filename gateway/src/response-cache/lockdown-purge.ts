import { type Logger, errorFields, followLockdowns, pullLockdowns } from '@icssi/platform';
import { type CdnPurge } from './cdn-purge';
import { ALL_TAG } from './entity-keys';
import { type ResponseCacheStore } from './response-cache-store';

export interface LockdownPurgeOptions {
  store: ResponseCacheStore | null;
  purge: CdnPurge | null;
  /** The organisations subgraph's GraphQL URL: the owner of the lockdown list. */
  organisationsUrl: string;
  secret: string;
  /** How often the list is read; a lockdown made elsewhere empties this cache at most this late. */
  intervalMs: number;
  logger: Logger;
}

/**
 * Empties the cache (and asks the CDN to purge everything) when the lockdown list changes, however
 * the change was made: through another gateway replica with a cache of its own memory, or by an
 * operator. A lockdown sent through this gateway empties the cache at once already (the plugin);
 * this is the guarantee for the rest (docs/architecture.md §4.7). Returns a stop function.
 */
export function purgeOnLockdowns(options: LockdownPurgeOptions): () => void {
  if (options.intervalMs <= 0 || (!options.store && !options.purge)) return () => undefined;
  let lists = 0;
  let pending = false;
  const emptyAll = (): void => {
    // One purge per changed list, however many subjects it changed.
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      options.logger.info('lockdown list changed: response cache emptied');
      options.store?.invalidate([ALL_TAG]).catch((error: unknown) => options.logger.warn('response cache not emptied', errorFields(error)));
      void options.purge?.([ALL_TAG]);
    });
  };
  return followLockdowns({
    organisationsUrl: options.organisationsUrl,
    secret: options.secret,
    intervalMs: options.intervalMs,
    logger: options.logger,
    pull: async () => {
      const list = await pullLockdowns(options.organisationsUrl, options.secret);
      lists += 1;
      return list;
    },
    onChange: () => {
      // The first list read is where this process starts from, not a change: nothing cached predates it.
      if (lists > 1) emptyAll();
    },
  });
}
