import { type Logger, subgraphCircuitOpen, subgraphFetchDuration, subgraphFetchErrors } from '@icssi/platform';
import { CircuitBreaker } from './circuit-breaker';

/** What the guard needs of a subgraph answer: its HTTP status. */
export interface StatusResponse {
  status: number;
}

/** A fetch to one subgraph with whatever request description `I` its transport takes. */
export type GuardedFetch<I, R extends StatusResponse> = (url: string, init: I) => Promise<R>;

export interface GuardOptions {
  subgraph: string;
  /** Failures in a row that open the circuit breaker. */
  breakerFailures: number;
  /** How long an open breaker fails calls at once before one trial call. */
  breakerCooldownMs: number;
  logger: Logger;
}

/** Thrown instead of a network call while the breaker is open; masked like any failed fetch. */
export class CircuitOpenError extends Error {
  constructor(subgraph: string) {
    super(`circuit open for ${subgraph}`);
    this.name = 'CircuitOpenError';
  }
}

function failureReason(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  if (/Timeout|Abort/.test(name)) return 'timeout';
  if (error instanceof CircuitOpenError) return 'circuit_open';
  return 'connection';
}

/**
 * Wraps the transport to one subgraph (whatever sends the HTTP request and applies the timeout)
 * with a circuit breaker and the fetch metrics. 5xx answers, timeouts and network failures count
 * as failures; GraphQL errors in a 200 answer do not (the subgraph is up).
 */
export function guardSubgraphFetch<I, R extends StatusResponse>(
  transport: GuardedFetch<I, R>,
  options: GuardOptions,
): { fetch: GuardedFetch<I, R>; breaker: CircuitBreaker } {
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
  const fetch: GuardedFetch<I, R> = async (url, init) => {
    const stopTimer = subgraphFetchDuration.startTimer(labels);
    if (!breaker.tryAcquire()) {
      subgraphFetchErrors.inc({ ...labels, reason: 'circuit_open' });
      stopTimer({ outcome: 'circuit_open' });
      throw new CircuitOpenError(options.subgraph);
    }
    try {
      const response = await transport(url, init);
      if (response.status >= 500) {
        breaker.failure();
        subgraphFetchErrors.inc({ ...labels, reason: 'http_5xx' });
        stopTimer({ outcome: 'http_error' });
      } else {
        breaker.success();
        stopTimer({ outcome: 'ok' });
      }
      return response;
    } catch (error) {
      breaker.failure();
      const reason = failureReason(error);
      subgraphFetchErrors.inc({ ...labels, reason });
      stopTimer({ outcome: reason });
      throw error;
    }
  };
  return { fetch, breaker };
}
