import { Agent, fetch as undiciFetch } from 'undici';
import { Logger, subgraphCircuitOpen, subgraphFetchDuration, subgraphFetchErrors } from '@icssi/platform';
import { CircuitBreaker } from './circuit-breaker';

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

/** Thrown instead of a network call while the breaker is open; masked like any failed fetch. */
export class CircuitOpenError extends Error {
  constructor(subgraph: string) {
    super(`circuit open for ${subgraph}`);
    this.name = 'CircuitOpenError';
  }
}

export interface SubgraphFetcher {
  fetch: (url: string, init: Record<string, unknown>) => Promise<unknown>;
  breaker: CircuitBreaker;
  close(): Promise<void>;
}

function failureReason(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  if (error instanceof CircuitOpenError) return 'circuit_open';
  return 'connection';
}

/**
 * The gateway's fetch to one subgraph: a keep-alive connection pool (idle sockets are closed after
 * 30 s, before the subgraphs' 65 s keep-alive, so the gateway never reuses a socket the subgraph is
 * closing), a timeout on every fetch, and a circuit breaker. 5xx answers and network failures count
 * as failures; GraphQL errors in a 200 answer do not (the subgraph is up).
 */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const agent = new Agent({
    connections: options.maxSockets,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 30_000,
    connect: { timeout: Math.min(options.timeoutMs, 10_000) },
  });
  const labels = { subgraph: options.subgraph };
  subgraphCircuitOpen.set(labels, 0);
  const breaker = new CircuitBreaker({
    failureThreshold: options.breakerFailures,
    cooldownMs: options.breakerCooldownMs,
    onStateChange: (state) => {
      subgraphCircuitOpen.set(labels, state === 'closed' ? 0 : 1);
      const log = state === 'open' ? options.logger.warn : options.logger.info;
      log('subgraph circuit breaker', { subgraph: options.subgraph, state });
    },
  });
  const fetch = async (url: string, init: Record<string, unknown>): Promise<unknown> => {
    const stopTimer = subgraphFetchDuration.startTimer(labels);
    if (!breaker.tryAcquire()) {
      subgraphFetchErrors.inc({ ...labels, reason: 'circuit_open' });
      stopTimer({ outcome: 'circuit_open' });
      throw new CircuitOpenError(options.subgraph);
    }
    try {
      const response = await undiciFetch(url, {
        ...(init as object),
        dispatcher: agent,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      // Read the body inside the timeout and the breaker's accounting, then hand over a plain Response.
      const body = await response.text();
      if (response.status >= 500) {
        breaker.failure();
        subgraphFetchErrors.inc({ ...labels, reason: 'http_5xx' });
        stopTimer({ outcome: 'http_error' });
      } else {
        breaker.success();
        stopTimer({ outcome: 'ok' });
      }
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers as unknown as Headers });
    } catch (error) {
      breaker.failure();
      const reason = failureReason(error);
      subgraphFetchErrors.inc({ ...labels, reason });
      stopTimer({ outcome: reason });
      throw error;
    }
  };
  return { fetch, breaker, close: () => agent.close() };
}
