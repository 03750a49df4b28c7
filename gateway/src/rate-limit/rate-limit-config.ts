import { envBool, envInt, envOptional, envString } from '@icssi/platform';

/**
 * Request budgets at the gateway. Every request draws on its client address's budget and, with a
 * token, on its subject's: 1 point on arrival, then 1 more per `costPerPoint` of its query cost.
 */
export interface RateLimitConfig {
  enabled: boolean;
  /** Length of one budget window, in seconds. */
  windowSeconds: number;
  /** Points per client address (IPv6: per /64) per window. */
  addressPoints: number;
  /** Points per token subject (the person or service the token names) per window. */
  tokenPoints: number;
  /** Query cost that weighs one more point. */
  costPerPoint: number;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); none by default. */
  trustedProxies: string[];
  /** Redis shared by every gateway replica; budgets stay in this process without it. */
  redisUrl: string | undefined;
  /** Prefix of the budget keys in Redis (one per deployment sharing a Redis). */
  keyPrefix: string;
}

export const DEFAULT_RATE_LIMITS = {
  windowSeconds: 60,
  addressPoints: 6000,
  tokenPoints: 6000,
  costPerPoint: 1000,
};

export function rateLimitConfigFromEnv(): RateLimitConfig {
  return {
    enabled: envBool('RATE_LIMIT', true),
    windowSeconds: envInt('RATE_LIMIT_WINDOW_S', DEFAULT_RATE_LIMITS.windowSeconds),
    addressPoints: envInt('RATE_LIMIT_ADDRESS_POINTS', DEFAULT_RATE_LIMITS.addressPoints),
    tokenPoints: envInt('RATE_LIMIT_TOKEN_POINTS', DEFAULT_RATE_LIMITS.tokenPoints),
    costPerPoint: envInt('RATE_LIMIT_COST_PER_POINT', DEFAULT_RATE_LIMITS.costPerPoint),
    trustedProxies: (envOptional('TRUSTED_PROXIES') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    redisUrl: envOptional('REDIS_URL'),
    keyPrefix: envString('RATE_LIMIT_KEY_PREFIX', 'icssi-rate'),
  };
}
