import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { SUBGRAPH_NAMES, type SubgraphName } from './processes';

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  latencyMs: { p50: number; p99: number; p99_9: number };
  /** Connection errors, timeouts, non-2xx answers, and answers a scenario refused (paced-load.ts). */
  errors: number;
}

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  body: (i: number) => string;
  durationSeconds: number;
  connections: number;
  /** Headers that depend on the body, per request (a signed context is good for one request only). */
  sign?: (body: string) => Record<string, string>;
  /** GETs instead of POSTs (the sites' persisted reads): request i's path with query, and its headers. */
  get?: (i: number) => GetRequest;
}

export interface GetRequest {
  path: string;
  headers: Record<string, string>;
}

/** A first request must answer cleanly: a load of error answers would flatter the figures. */
export async function checkAnswers(url: string, headers: Record<string, string>, body: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  const parsed = JSON.parse(text) as { errors?: Array<{ message: string }> };
  if (response.status !== 200 || parsed.errors)
    throw new Error(`${url} answers ${response.status}: ${parsed.errors?.[0]?.message ?? text.slice(0, 200)}`);
}

/** As many requests as the graph answers, over `connections` keep-alive connections (closed loop). */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let counter = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    // A new body per request: inputs vary, so no cache flatters the figures.
    requests: [
      {
        setupRequest: (request) => {
          if (options.get) {
            const get = options.get(counter++);
            return { ...request, method: 'GET', path: get.path, body: undefined, headers: get.headers };
          }
          const body = options.body(counter++);
          return { ...request, body, headers: { ...request.headers, ...options.sign?.(body) } };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, p99_9: result.latency.p99_9 },
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export interface PerRequestCounts {
  /** Subgraph fetches per request, from the subgraphs' request log lines (by request id). */
  fetches: Record<SubgraphName, number>;
  /** SQL statements per request, from the same lines (each subgraph counts its own). */
  sql: Record<SubgraphName, number>;
}

interface RequestLine {
  service?: string;
  msg?: string;
  requestId?: string;
  sql?: number;
}

/**
 * Sends `n` requests one after another, each with its own request id, then reads the stack's log:
 * every subgraph writes one line per fetch with that id and the SQL statements it cost.
 */
export async function countPerRequest(
  url: string,
  headers: Record<string, string>,
  body: (i: number) => string,
  n: number,
  tag: string,
  logFiles: string[],
): Promise<PerRequestCounts> {
  for (let i = 0; i < n; i += 1) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': `${tag}-${i}`, ...headers },
      body: body(i),
    });
    await response.text();
  }
  await new Promise((resolve) => setTimeout(resolve, 500)); // let the log lines reach the file
  const fetches = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>;
  const sql = { ...fetches };
  for (const file of logFiles) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.includes(`"${tag}-`)) continue;
      let parsed: RequestLine;
      try {
        parsed = JSON.parse(line) as RequestLine;
      } catch {
        continue;
      }
      const service = parsed.service as SubgraphName;
      if (
        parsed.msg !== 'graphql request' ||
        !parsed.requestId?.startsWith(`${tag}-`) ||
        !(SUBGRAPH_NAMES as readonly string[]).includes(service)
      )
        continue;
      fetches[service] += 1;
      sql[service] += parsed.sql ?? 0;
    }
  }
  for (const name of SUBGRAPH_NAMES) {
    fetches[name] /= n;
    sql[name] /= n;
  }
  return { fetches, sql };
}
