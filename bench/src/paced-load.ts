import { KeepAliveClient } from './keep-alive-client';
import { type GetRequest, type LoadResult } from './load';

/**
 * Requests at evenly spaced moments (an open loop), for latency at a given share of the maximum.
 * autocannon's rate limit is not that: each connection sends its quota for the second back to back
 * and then waits for the next second (bursts at full load), and it adds synthetic samples for
 * "coordinated omission" with a 1 ms interval that pile up at the low end and skew p50. Here each
 * latency is measured from the moment the request was due, so queueing counts as it should.
 */
export async function runPacedLoad(options: {
  url: string;
  headers: Record<string, string>;
  /** The body of request i; `state` is this request's own, shared with `accept`. */
  body: (i: number, state: Record<string, unknown>) => string;
  /** Checks each answer; false counts as an error. */
  accept?: (status: number, body: string, state: Record<string, unknown>) => boolean;
  rate: number;
  durationSeconds: number;
  connections: number;
  /** GETs instead of POSTs (the sites' persisted reads): request i's path with query, and its headers. */
  get?: (i: number) => GetRequest;
  /** Sent at the same pace first but not measured: the previous run's backlog and new connections settle. */
  warmupSeconds?: number;
}): Promise<LoadResult> {
  const target = new URL(options.url);
  const client = new KeepAliveClient(target, options.connections);
  const warmup = Math.round(options.rate * (options.warmupSeconds ?? 1));
  const total = warmup + Math.max(1, Math.round(options.rate * options.durationSeconds));
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let errors = 0;
  const send = async (i: number, dueAt: number): Promise<void> => {
    const state: Record<string, unknown> = {};
    const get = options.get?.(i);
    const request = get
      ? client.prepare('GET', get.path, { ...options.headers, ...get.headers }, Buffer.alloc(0))
      : client.prepare(
          'POST',
          target.pathname + target.search,
          { 'content-type': 'application/json', ...options.headers },
          Buffer.from(options.body(i, state)),
        );
    try {
      const response = await client.send(request);
      const ok = response.status === 200 && (!options.accept || options.accept(200, response.body.toString('utf8'), state));
      if (response.status !== 200) options.accept?.(response.status, '', state);
      if (!ok) errors += 1;
      else if (i >= warmup) latencies.push(performance.now() - dueAt);
    } catch {
      options.accept?.(0, '', state);
      errors += 1;
    }
  };
  const started = performance.now();
  const measuredFrom = started + warmup * interval;
  const inFlight: Array<Promise<void>> = [];
  for (let i = 0; i < total; i += 1) {
    const dueAt = started + i * interval;
    const wait = dueAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(i, dueAt));
  }
  await Promise.all(inFlight);
  const elapsedSeconds = (performance.now() - measuredFrom) / 1000;
  client.close();
  latencies.sort((a, b) => a - b);
  const at = (share: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? NaN);
  return {
    requestsPerSecond: latencies.length / elapsedSeconds,
    requests: total - warmup,
    latencyMs: { p50: at(0.5), p99: at(0.99), p99_9: at(0.999) },
    errors,
  };
}
