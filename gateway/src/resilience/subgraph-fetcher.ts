import { type Logger } from '@icssi/platform';
import { type SubgraphFetch } from '../batching/fetch-batcher';
import { SubgraphHttpClient, toFetchResponse } from '../subgraph-http-client';
import { type CircuitBreaker } from './circuit-breaker';
import { guardSubgraphFetch } from './guarded-fetch';

export interface SubgraphFetcherOptions {
  subgraph: string;
  /** The whole fetch (connect, response, body) is aborted after this long. */
  timeoutMs: number;
  /** Failures in a row that open the circuit breaker. */
  breakerFailures: number;
  /** How long an open breaker fails calls at once before one trial call. */
  breakerCooldownMs: number;
  /** Sockets kept per subgraph (bounded: a slow subgraph cannot take every file descriptor). */
  maxSockets: number;
  logger: Logger;
}

export interface SubgraphFetcher {
  fetch: SubgraphFetch;
  breaker: CircuitBreaker;
  close(): Promise<void>;
}

// Below the subgraphs' keep-alive timeout (65 s), so the gateway never reuses a socket the subgraph is closing.
const IDLE_CONNECTION_MS = 30_000;

/**
 * The gateway's fetch to one subgraph: Node's HTTP client over a bounded keep-alive connection
 * pool with a timeout on every fetch (subgraph-http-client.ts), guarded by a circuit breaker
 * (guarded-fetch.ts).
 */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const client = new SubgraphHttpClient({ maxSockets: options.maxSockets, timeoutMs: options.timeoutMs, idleMs: IDLE_CONNECTION_MS });
  const transport: SubgraphFetch = async (url, { headers, body }) => toFetchResponse(url, await client.post(url, headers, body));
  const { fetch, breaker } = guardSubgraphFetch(transport, options);
  return { fetch, breaker, close: async () => client.close() };
}
