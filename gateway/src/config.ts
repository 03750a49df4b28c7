import path from 'node:path';
import { envBool, envInt, envOptional, envString, isProduction } from '@icssi/platform';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './limits/query-limits';
import { type IntrospectionPolicy } from './limits/introspection.plugin';

export function supergraphPath(): string {
  return envString('SUPERGRAPH_PATH', path.resolve(__dirname, '../../schema/supergraph.graphql'));
}

export interface GatewayConfig {
  port: number;
  host: string;
  /** Timeout, circuit breaker and connection pool of every subgraph fetch. */
  resilience: {
    /** Abort a subgraph fetch after this long: a hung subgraph must not hang the client. */
    timeoutMs: number;
    breakerFailures: number;
    breakerCooldownMs: number;
    maxSockets: number;
  };
  /** Reload schema/supergraph.graphql when it changes (SIGHUP reloads it in any case). */
  watchSupergraph: boolean;
  maxBodyBytes: number;
  maxTokens: number;
  limits: QueryLimits;
  introspection: IntrospectionPolicy;
  /** Browser origins allowed by CORS. */
  corsOrigins: string[];
}

export function gatewayConfigFromEnv(): GatewayConfig {
  return {
    port: envInt('PORT', 4000),
    host: envString('HOST', '127.0.0.1'),
    resilience: {
      timeoutMs: envInt('SUBGRAPH_TIMEOUT_MS', 5000),
      breakerFailures: envInt('SUBGRAPH_BREAKER_FAILURES', 5),
      breakerCooldownMs: envInt('SUBGRAPH_BREAKER_COOLDOWN_MS', 1000),
      maxSockets: envInt('SUBGRAPH_MAX_SOCKETS', 64),
    },
    watchSupergraph: envBool('SUPERGRAPH_WATCH', true),
    maxBodyBytes: envInt('MAX_BODY_BYTES', 100_000),
    maxTokens: envInt('MAX_TOKENS', 5000),
    limits: {
      maxDepth: envInt('MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth),
      maxAliases: envInt('MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases),
      maxRootFields: envInt('MAX_ROOT_FIELDS', DEFAULT_QUERY_LIMITS.maxRootFields),
      maxCost: envInt('MAX_COST', DEFAULT_QUERY_LIMITS.maxCost),
    },
    introspection: (envOptional('INTROSPECTION') ?? (isProduction() ? 'analysts' : 'everyone')) === 'analysts' ? 'analysts' : 'everyone',
    corsOrigins: (envOptional('CORS_ORIGINS') ?? (isProduction() ? '' : 'http://localhost:3000,http://127.0.0.1:3000'))
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
