import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { type Logger, errorFields } from '@icssi/platform';
import { addressBudgetKey } from './client-address';
import { type RateLimitConfig } from './rate-limit-config';

/** Who a request's budget belongs to. */
export interface RateLimitClient {
  /** The client's address; null to charge the token's budget only. */
  address: string | null;
  /** The token's subject; null for a request without a token (or to charge the address only). */
  subject: string | null;
}

/** A budget is spent: the client may try again after this many seconds. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests: try again in ${retryAfterSeconds} s.`);
  }
}

export interface RequestRateLimiter {
  /**
   * Takes `points` from every budget of the client; throws RateLimitedError when one is spent, and
   * then charges none of them (a refused request does no work).
   */
  consume(client: RateLimitClient, points: number): Promise<void>;
  /** Resolves once the shared store is connected, or after `timeoutMs` (budgets stay local meanwhile). */
  ready(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

const UNLIMITED: RequestRateLimiter = { consume: async () => undefined, ready: async () => undefined, close: async () => undefined };

/**
 * Budgets per client address and per token subject (rate-limiter-flexible, fixed windows). With a
 * Redis URL every gateway replica draws on the same budgets; while Redis cannot be reached each
 * replica falls back to budgets in its own memory rather than refusing or letting everything through.
 */
export function createRequestRateLimiter(config: RateLimitConfig, logger: Logger): RequestRateLimiter {
  if (!config.enabled) return UNLIMITED;
  let redis: Redis | null = null;
  if (config.redisUrl) {
    // No offline queue: a request never waits for Redis to come back (the memory budget answers).
    redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    let healthy = true;
    redis.on('ready', () => {
      if (!healthy) logger.info('rate limits shared through Redis again');
      healthy = true;
    });
    redis.on('error', (error: unknown) => {
      if (healthy) logger.warn('Redis unavailable: rate limits kept per gateway process until it is back', errorFields(error));
      healthy = false;
    });
  }
  const budget = (name: string, points: number): RateLimiterAbstract => {
    const options = { keyPrefix: `${config.keyPrefix}:${name}`, points, duration: config.windowSeconds };
    if (!redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({
      ...options,
      storeClient: redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  };
  const byAddress = budget('address', config.addressPoints);
  const byToken = budget('token', config.tokenPoints);
  return {
    async consume(client, points) {
      if (points <= 0) return;
      const budgets: Array<[RateLimiterAbstract, string]> = [];
      if (client.address) budgets.push([byAddress, addressBudgetKey(client.address)]);
      if (client.subject) budgets.push([byToken, client.subject]);
      const results = await Promise.allSettled(budgets.map(([limiter, key]) => limiter.consume(key, points)));
      const waits: number[] = [];
      const charged: Array<[RateLimiterAbstract, string]> = [];
      results.forEach((result, index) => {
        if (result.status === 'fulfilled') charged.push(budgets[index]);
        else if (result.reason instanceof RateLimiterRes) {
          // A spent budget counts the refused points too.
          charged.push(budgets[index]);
          waits.push(result.reason.msBeforeNext);
        }
        // A store failure with no fallback left: let the request through rather than fail it.
        else logger.warn('rate limit not checked', errorFields(result.reason));
      });
      if (!waits.length) return;
      await Promise.allSettled(charged.map(([limiter, key]) => limiter.reward(key, points)));
      throw new RateLimitedError(Math.max(1, Math.ceil(Math.max(...waits) / 1000)));
    },
    async ready(timeoutMs) {
      if (!redis || redis.status === 'ready') return;
      const connection = redis;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          connection.off('ready', done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        connection.once('ready', done);
      });
    },
    async close() {
      await redis?.quit().catch(() => redis?.disconnect());
    },
  };
}
