import { type Logger } from '@icssi/platform';
import { type GatewayContext } from '../gateway-context';
import { CacheShortcut } from './cache-shortcut';
import { cdnPurge } from './cdn-purge';
import { type EntityTagsByContext } from './entity-tagging-gateway';
import { memoryResponseCacheStore } from './memory-response-cache-store';
import { redisResponseCacheStore } from './redis-response-cache-store';
import { type ResponseCacheConfig } from './response-cache-config';
import { type ResponseCachePluginOptions } from './response-cache.plugin';

/** The store (memory, or Redis with a URL), tag registry and purge hook the gateway's cache plugin uses. */
export function createResponseCache(
  config: ResponseCacheConfig,
  logger: Logger,
  /** Draws a shortcut answer's cost from the caller's budgets (the rate limiter). */
  charge: (context: GatewayContext, cost: number) => Promise<void>,
): ResponseCachePluginOptions {
  const store = !config.enabled
    ? null
    : config.redisUrl
      ? redisResponseCacheStore(config.redisUrl, config.keyPrefix, logger)
      : memoryResponseCacheStore(config.maxEntries);
  const tagsByContext: EntityTagsByContext = new WeakMap();
  return {
    store,
    ttlMs: config.ttlSeconds * 1000,
    tagsByContext,
    purge: cdnPurge(config.purgeUrl, config.purgeHeaders, logger),
    logger,
    // Subgraph replicas learn of a lockdown within a second (pushed), or at their next sync at the latest.
    lockdownRepeatsMs: [1_000, config.lockdownSyncMs + 1_000],
    shortcut: store ? new CacheShortcut(store, config.maxEntries, charge) : null,
  };
}
