import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import path from 'node:path';
import { SERVICE_NODE_FLAGS } from '@icssi/platform';
import { type ProcessGroup, descendants } from './process-usage';

/** Processes the benchmark starts: our graph (`npm start`'s supervisor) and the peer gateways. */
export const REPO = path.resolve(__dirname, '../..');
export const SUBGRAPH_NAMES = ['organisations', 'campaigns', 'forum-seasons', 'cohesion-councils'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

// Not 4190: fetch refuses it (a "bad port" of the Fetch standard).
export const PORTS = {
  gateway: 4400,
  organisations: 4401,
  campaigns: 4402,
  'forum-seasons': 4403,
  'cohesion-councils': 4404,
  'hive-js': 4405,
  'hive-rust': 4406,
  cachedGateway: 4407,
  cachedGatewayMetrics: 9807,
  baghdadSite: 4410,
  erbilSite: 4411,
  coldStartPostgres: 54390,
  benchPostgres: 54391,
};

export const graphqlUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;
const envPrefix = (name: string) => name.toUpperCase().replace(/-/g, '_');

export interface Secrets {
  context: string;
  jwt: string;
}

function subgraphUrls(): Record<string, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_URL`, graphqlUrl(PORTS[name])]));
}

/**
 * Starts the graph as `npm start` does, with production settings and the default log level (info:
 * one line per request, which the benchmark reads for fetch and SQL counts). `database` is either
 * an embedded data folder of its own or per-service database URLs.
 */
export function startGraph(
  secrets: Secrets,
  database: { embeddedDataDir: string } | { urls: Record<SubgraphName, string> },
  logFile: string,
  extraEnv: Record<string, string> = {},
): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    ICSSI_CONTEXT_SECRET: secrets.context,
    JWT_SECRET: secrets.jwt,
    PORT: String(PORTS.gateway),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_PORT`, String(PORTS[name])])),
    ...subgraphUrls(),
    SEED_DEMO_DATA: 'first-start',
    // `npm start` runs the two region sites beside the graph (S7 measures them).
    BAGHDAD_SITE_PORT: String(PORTS.baghdadSite),
    ERBIL_SITE_PORT: String(PORTS.erbilSite),
    // The bridge report with every part costs more than the public limit allows by design.
    MAX_COST: '250000',
    // The scenarios send their documents, not persisted ids (the peer has no safelist either).
    SAFELIST: 'off',
    // One load generator on one address sends far more than any client's budget, on purpose: the
    // rate limiter still runs (and is measured), with budgets it cannot spend.
    RATE_LIMIT_ADDRESS_POINTS: '1000000000',
    RATE_LIMIT_TOKEN_POINTS: '1000000000',
    // S1–S4 and S7 measure the work of an uncached request (and compare it with the peer, which caches
    // nothing); the response cache is measured on a gateway of its own (startCachedGateway).
    RESPONSE_CACHE: 'false',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  if ('embeddedDataDir' in database) {
    env.EMBEDDED_PG_PORT = String(PORTS.coldStartPostgres);
    env.EMBEDDED_PG_DATA = database.embeddedDataDir;
  } else {
    for (const name of SUBGRAPH_NAMES) env[`${envPrefix(name)}_DATABASE_URL`] = database.urls[name];
  }
  // Its own process group, so stopping it stops the subgraphs (and an embedded PostgreSQL) too.
  const log = openSync(logFile, 'a');
  return spawn(process.execPath, [path.join(REPO, 'stack/dist/start.js')], { cwd: REPO, env, stdio: ['ignore', log, log], detached: true });
}

/**
 * A second gateway of ours over the same subgraphs, with the response cache on (in memory, or in
 * the Redis of BENCH_REDIS_URL), for the cached scenarios: S1 from the cache, and S5's writes
 * while it serves reads (stale reads counted).
 */
export function startCachedGateway(secrets: Secrets, logFile: string): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    ICSSI_CONTEXT_SECRET: secrets.context,
    JWT_SECRET: secrets.jwt,
    PORT: String(PORTS.cachedGateway),
    METRICS_PORT: String(PORTS.cachedGatewayMetrics),
    ...subgraphUrls(),
    MAX_COST: '250000',
    SAFELIST: 'off',
    RATE_LIMIT_ADDRESS_POINTS: '1000000000',
    RATE_LIMIT_TOKEN_POINTS: '1000000000',
    RESPONSE_CACHE: 'true',
  };
  delete env.REDIS_URL;
  if (process.env.BENCH_REDIS_URL) env.REDIS_URL = process.env.BENCH_REDIS_URL;
  const log = openSync(logFile, 'a');
  return spawn(process.execPath, [...SERVICE_NODE_FLAGS, path.join(REPO, 'gateway/dist/index.js')], {
    cwd: REPO,
    env,
    stdio: ['ignore', log, log],
    detached: true,
  });
}

/** The peer: Hive Gateway over the same supergraph and subgraphs, with its JavaScript or Rust planner. */
export function startPeer(planner: 'js' | 'rust', secrets: Secrets, logFile: string): ChildProcess {
  const env = { ...process.env, NODE_ENV: 'production', ICSSI_CONTEXT_SECRET: secrets.context, JWT_SECRET: secrets.jwt, ...subgraphUrls() };
  const log = openSync(logFile, 'a');
  const script = path.join(REPO, 'bench/peer/dist/hive-gateway.js');
  const port = planner === 'js' ? PORTS['hive-js'] : PORTS['hive-rust'];
  // With the Node.js flags our gateway gets, so both gateways run on the same heap settings.
  return spawn(process.execPath, [...SERVICE_NODE_FLAGS, script, String(port), planner, path.join(REPO, 'schema/supergraph.graphql')], {
    cwd: REPO,
    env,
    stdio: ['ignore', log, log],
    detached: true,
  });
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let waited = 0; waited < 15_000 && child.exitCode === null; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Our gateway and each subgraph, found under the supervisor by their scripts. */
export function graphProcessGroups(supervisor: ChildProcess): ProcessGroup[] {
  const root = supervisor.pid ?? -1;
  const byScript = (fragment: string): ProcessGroup['pids'] => {
    let cached: number[] | null = null;
    return () => (cached ??= descendants(root, (command) => command.includes(fragment)));
  };
  return [
    { name: 'gateway', pids: byScript(path.join('gateway', 'dist', 'index.js')) },
    ...SUBGRAPH_NAMES.map((name) => ({ name, pids: byScript(path.join('services', name, 'dist', 'index.js')) })),
  ];
}

export function peerProcessGroup(name: string, child: ChildProcess): ProcessGroup {
  return { name, pids: () => (child.pid ? [child.pid] : []) };
}

/** Waits until `ready` holds, up to `limitMs`. */
export async function waitFor(ready: () => Promise<boolean>, limitMs: number, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await ready().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > limitMs)
      throw new Error(`${what} not ready within ${limitMs / 1000} s (see the log in the temporary folder)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
