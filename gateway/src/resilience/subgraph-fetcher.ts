import { Agent, fetch as undiciFetch } from 'undici';
import { Logger } from '@icssi/platform';
import { CircuitBreaker } from './circuit-breaker';
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
  fetch: (url: string, init: Record<string, unknown>) => Promise<unknown>;
  breaker: CircuitBreaker;
  close(): Promise<void>;
}

/**
 * The gateway's fetch to one subgraph: a keep-alive connection pool (idle sockets are closed after
 * 30 s, before the subgraphs' 65 s keep-alive, so the gateway never reuses a socket the subgraph is
 * closing) with a timeout on every fetch, guarded by a circuit breaker (guarded-fetch.ts).
 */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const agent = new Agent({
    connections: options.maxSockets,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 30_000,
    connect: { timeout: Math.min(options.timeoutMs, 10_000) },
  });
  const transport = async (url: string, init: Record<string, unknown>): Promise<Response> => {
    const response = await undiciFetch(url, { ...(init as object), dispatcher: agent, signal: AbortSignal.timeout(options.timeoutMs) });
    // The body is read within the timeout too; the data source gets a plain Response.
    const body = await response.text();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers as unknown as Headers });
  };
  const { fetch, breaker } = guardSubgraphFetch(transport, options);
  return { fetch, breaker, close: () => agent.close() };
}
