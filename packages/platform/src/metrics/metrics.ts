import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of this process, served at /metrics. One registry per process; every metric
 * carries the service name, so a test process that runs the gateway and four subgraphs stays apart.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'icssi_' });

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const graphqlRequests = new Counter({
  name: 'icssi_graphql_requests_total',
  help: 'GraphQL requests by service, operation name and outcome (ok, error, http_4xx, http_5xx).',
  labelNames: ['service', 'operation', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const graphqlRequestDuration = new Histogram({
  name: 'icssi_graphql_request_duration_seconds',
  help: 'GraphQL request latency by service and operation name.',
  labelNames: ['service', 'operation'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const subgraphFetchDuration = new Histogram({
  name: 'icssi_subgraph_fetch_duration_seconds',
  help: 'Gateway fetches to subgraphs by subgraph and outcome (ok, http_error, timeout, connection, circuit_open).',
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const subgraphFetchErrors = new Counter({
  name: 'icssi_subgraph_fetch_errors_total',
  help: 'Failed gateway fetches to subgraphs by subgraph and reason.',
  labelNames: ['subgraph', 'reason'] as const,
  registers: [metricsRegistry],
});

export const subgraphCircuitOpen = new Gauge({
  name: 'icssi_subgraph_circuit_open',
  help: '1 while the gateway circuit breaker for a subgraph is open or half-open, else 0.',
  labelNames: ['subgraph'] as const,
  registers: [metricsRegistry],
});

export const responseCacheShortcutAnswers = new Counter({
  name: 'icssi_response_cache_shortcut_answers_total',
  help: 'Anonymous requests the gateway answered from its response cache before the GraphQL pipeline (also counted in icssi_graphql_requests_total).',
  registers: [metricsRegistry],
});

/** What a connection pool reports; pg's Pool has these counters. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const pools = new Map<string, () => PoolCounts | undefined>();

new Gauge({
  name: 'icssi_db_pool_connections',
  help: 'Database pool connections by service and state (total, idle, waiting clients).',
  labelNames: ['service', 'state'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [service, read] of pools) {
      const counts = read();
      if (!counts) continue;
      this.set({ service, state: 'total' }, counts.totalCount);
      this.set({ service, state: 'idle' }, counts.idleCount);
      this.set({ service, state: 'waiting' }, counts.waitingCount);
    }
  },
});

/** Reports a service's database pool in /metrics; returns the function that stops reporting it. */
export function registerPoolMetrics(service: string, read: () => PoolCounts | undefined): () => void {
  pools.set(service, read);
  return () => {
    if (pools.get(service) === read) pools.delete(service);
  };
}

const MAX_OPERATION_LABELS = 200;
const seenOperations = new Set<string>();

/**
 * Operation names come from clients: only well-formed names become labels, and at most a few
 * hundred of them, so a client cannot blow up the number of time series.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
  seenOperations.add(name);
  return name;
}

export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
