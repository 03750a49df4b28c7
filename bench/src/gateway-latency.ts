/**
 * The gateway's own latency, from its request-duration histogram (`icssi_graphql_request_duration_seconds`
 * on its metrics port), read before and after a run. It counts from the moment the gateway's handler
 * has the request until the answer is handed to the socket: the gateway's p99 as its operators see it.
 * It leaves out what the load generator's p99 includes: time in the kernel's queues, in the gateway's
 * event loop before the handler runs, and in the load generator itself (on the same two cores).
 */
export interface GatewayLatency {
  requests: number;
  /** Share of requests answered within 10 ms (a bucket bound of the histogram). */
  within10ms: number;
  /** The smallest bucket bound, in ms, that holds 99 % of the requests; null when beyond the last bound. */
  p99AtMostMs: number | null;
}

/** Cumulative count per bucket bound (seconds; Infinity for +Inf), summed over operations. */
export type LatencyBuckets = Map<number, number>;

export async function readLatencyBuckets(metricsUrl: string): Promise<LatencyBuckets> {
  const text = await (await fetch(metricsUrl)).text();
  const buckets: LatencyBuckets = new Map();
  for (const line of text.split('\n')) {
    const match = /^icssi_graphql_request_duration_seconds_bucket\{[^}]*le="([^"]+)"[^}]*\} (\d+)/.exec(line);
    if (!match) continue;
    const bound = match[1] === '+Inf' ? Infinity : Number(match[1]);
    buckets.set(bound, (buckets.get(bound) ?? 0) + Number(match[2]));
  }
  return buckets;
}

export function gatewayLatency(before: LatencyBuckets, after: LatencyBuckets): GatewayLatency {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const within = (bound: number) => (after.get(bound) ?? 0) - (before.get(bound) ?? 0);
  const requests = within(Infinity);
  const p99Bound = bounds.find((bound) => within(bound) >= 0.99 * requests) ?? Infinity;
  return {
    requests,
    within10ms: requests ? within(0.01) / requests : NaN,
    p99AtMostMs: Number.isFinite(p99Bound) ? p99Bound * 1000 : null,
  };
}
