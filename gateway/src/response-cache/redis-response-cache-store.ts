import { Redis } from 'ioredis';
import { type Logger, errorFields } from '@icssi/platform';
import { ALL_TAG } from './entity-keys';
import { type CachedAnswer, INVALIDATION_MEMORY_MS, type ResponseCacheStore } from './response-cache-store';

// Each script runs atomically in Redis, on Redis's clock, so replicas agree on the order of reads and invalidations.
const READ = `
local t = redis.call('TIME')
return { redis.call('GET', KEYS[1]) or false, t[1] .. string.format('%06d', t[2]) }`;

// KEYS: answer, then n invalidation markers, then n tag sets. ARGV: body, ttl ms, readAt, n.
const WRITE = `
local n = tonumber(ARGV[4])
local readAt = tonumber(ARGV[3])
for i = 2, n + 1 do
  local at = redis.call('GET', KEYS[i])
  if at and tonumber(at) > readAt then return 0 end
end
local ttl = tonumber(ARGV[2])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
for i = n + 2, 2 * n + 1 do
  redis.call('SADD', KEYS[i], KEYS[1])
  if redis.call('PTTL', KEYS[i]) < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
end
return 1`;

// KEYS: n tag sets, then n invalidation markers. ARGV: n, how long markers live (ms).
const INVALIDATE = `
local t = redis.call('TIME')
local now = t[1] .. string.format('%06d', t[2])
local n = tonumber(ARGV[1])
for i = 1, n do
  local keys = redis.call('SMEMBERS', KEYS[i])
  for j = 1, #keys, 500 do
    redis.call('DEL', unpack(keys, j, math.min(j + 499, #keys)))
  end
  redis.call('DEL', KEYS[i])
  redis.call('SET', KEYS[n + i], now, 'PX', tonumber(ARGV[2]))
end
return n`;

type Scripted = Redis & {
  cacheRead(key: string): Promise<[string | null, string]>;
  cacheWrite(...args: Array<string | number>): Promise<number>;
  cacheInvalidate(...args: Array<string | number>): Promise<number>;
};

/**
 * Answers in Redis, shared by every gateway replica: an invalidation by one replica deletes the
 * answers for all of them at once. While Redis cannot be reached the cache is bypassed (never a
 * failed request); an invalidation that could not be delivered empties the whole cache once Redis
 * is back, so no answer from before that write survives.
 */
export function redisResponseCacheStore(url: string, prefix: string, logger: Logger): ResponseCacheStore {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
  }) as Scripted;
  redis.defineCommand('cacheRead', { numberOfKeys: 1, lua: READ });
  redis.defineCommand('cacheWrite', { lua: WRITE });
  redis.defineCommand('cacheInvalidate', { lua: INVALIDATE });
  const answerKey = (key: string) => `${prefix}:a:${key}`;
  const tagKey = (tag: string) => `${prefix}:t:${tag}`;
  const markerKey = (tag: string) => `${prefix}:i:${tag}`;
  let missedInvalidation = false;
  let healthy = true;
  const invalidate = async (tags: string[]) => {
    await redis.cacheInvalidate(2 * tags.length, ...tags.map(tagKey), ...tags.map(markerKey), tags.length, INVALIDATION_MEMORY_MS);
  };
  redis.on('ready', () => {
    if (!healthy) logger.info('response cache in Redis again');
    healthy = true;
    if (!missedInvalidation) return;
    invalidate([ALL_TAG]).then(
      () => (missedInvalidation = false),
      (error: unknown) => logger.warn('response cache not emptied after a missed invalidation', errorFields(error)),
    );
  });
  redis.on('error', (error: unknown) => {
    if (healthy) logger.warn('Redis unavailable: response cache bypassed until it is back', errorFields(error));
    healthy = false;
  });
  return {
    async get(key) {
      const [body, readAt] = await redis.cacheRead(answerKey(key));
      return { answer: body ? (JSON.parse(body) as CachedAnswer) : null, readAt: Number(readAt) };
    },
    async set(key, answer, ttlMs, readAt) {
      const tags = answer.tags;
      await redis.cacheWrite(
        1 + 2 * tags.length,
        answerKey(key),
        ...tags.map(markerKey),
        ...tags.map(tagKey),
        JSON.stringify(answer),
        ttlMs,
        readAt,
        tags.length,
      );
    },
    async invalidate(tags) {
      try {
        await invalidate(tags);
      } catch (error) {
        missedInvalidation = true;
        throw error;
      }
    },
    async ready(timeoutMs) {
      if (redis.status === 'ready') return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        redis.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    async close() {
      redis.disconnect();
    },
  };
}
