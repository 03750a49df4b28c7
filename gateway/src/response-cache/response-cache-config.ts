import { envBool, envInt, envOptional, envString } from '@icssi/platform';

/**
 * The gateway's response cache for anonymous queries (README "Response cache"). In this process's
 * memory by default; in Redis with REDIS_URL, so every replica shares the answers and their
 * invalidation.
 */
export interface ResponseCacheConfig {
  enabled: boolean;
  /** How long an answer may be served without any write touching it, in seconds. */
  ttlSeconds: number;
  /** Answers kept in memory (memory mode). */
  maxEntries: number;
  /** Shared store for every gateway replica; memory of this process without it. */
  redisUrl: string | undefined;
  /** Prefix of the cache's keys in Redis (one per deployment sharing a Redis). */
  keyPrefix: string;
  /** CDN purge hook: a URL (with `{key}` for one call per key, else one POST with every key). */
  purgeUrl: string | undefined;
  /** Extra headers of the purge call, as JSON (e.g. the CDN's API token). */
  purgeHeaders: Record<string, string>;
  /** How often subgraph replicas re-read the lockdown list (as they are configured): the cache is emptied again after it. */
  lockdownSyncMs: number;
  /** How often the gateway reads the lockdown list itself (for lockdowns not sent through it); 0: never. */
  lockdownFollowMs: number;
}

export function responseCacheConfigFromEnv(): ResponseCacheConfig {
  return {
    enabled: envBool('RESPONSE_CACHE', true),
    ttlSeconds: envInt('RESPONSE_CACHE_TTL_S', 300),
    maxEntries: envInt('RESPONSE_CACHE_MAX_ENTRIES', 10_000),
    redisUrl: envOptional('REDIS_URL'),
    keyPrefix: envString('RESPONSE_CACHE_KEY_PREFIX', 'icssi-cache'),
    purgeUrl: envOptional('CDN_PURGE_URL'),
    purgeHeaders: parseHeaders(envOptional('CDN_PURGE_HEADERS')),
    lockdownSyncMs: envInt('LOCKDOWN_SYNC_MS', 15_000),
    lockdownFollowMs: envInt('RESPONSE_CACHE_LOCKDOWN_FOLLOW_MS', 500),
  };
}

function parseHeaders(raw: string | undefined): Record<string, string> {
  if (!raw) return {};
  const parsed: unknown = JSON.parse(raw);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error('CDN_PURGE_HEADERS must be a JSON object of header names to values');
  return Object.fromEntries(Object.entries(parsed).map(([name, value]) => [name, String(value)]));
}
