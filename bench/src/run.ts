import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { issueToken } from '@icssi/gateway';
import { CONTEXT_HEADER, Locale, Region, Role, signContext } from '@icssi/platform';
import { SCENARIOS, Scenario } from './scenarios';

/**
 * npm run bench [-- --quick] [-- --duration 20]: starts the whole graph with production settings on
 * its own ports and data folder, measures cold start, drives each scenario with autocannon over
 * loopback, and writes bench/results/<date>.json and .md.
 */
const REPO = path.resolve(__dirname, '../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const duration = Number(args[args.indexOf('--duration') + 1]) || (quick ? 4 : 20);
const connections = 10;

// Not 4190: fetch refuses it (a "bad port" of the Fetch standard).
const PORTS = { gateway: 4400, organisations: 4401, campaigns: 4402, 'forum-seasons': 4403, 'cohesion-councils': 4404, postgres: 54390 };
const secrets = { context: randomBytes(24).toString('hex'), jwt: randomBytes(24).toString('hex') };
const gatewayUrl = `http://127.0.0.1:${PORTS.gateway}/graphql`;

function startStack(dataDir: string, logFile: string): ChildProcess {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    ICSSI_CONTEXT_SECRET: secrets.context,
    JWT_SECRET: secrets.jwt,
    PORT: String(PORTS.gateway),
    ORGANISATIONS_PORT: String(PORTS.organisations),
    CAMPAIGNS_PORT: String(PORTS.campaigns),
    FORUM_SEASONS_PORT: String(PORTS['forum-seasons']),
    COHESION_COUNCILS_PORT: String(PORTS['cohesion-councils']),
    ORGANISATIONS_URL: `http://127.0.0.1:${PORTS.organisations}/graphql`,
    CAMPAIGNS_URL: `http://127.0.0.1:${PORTS.campaigns}/graphql`,
    FORUM_SEASONS_URL: `http://127.0.0.1:${PORTS['forum-seasons']}/graphql`,
    COHESION_COUNCILS_URL: `http://127.0.0.1:${PORTS['cohesion-councils']}/graphql`,
    EMBEDDED_PG_PORT: String(PORTS.postgres),
    EMBEDDED_PG_DATA: dataDir,
    SEED_DEMO_DATA: 'first-start',
    MAX_COST: '250000',
  };
  // Its own process group, so stopping it stops the subgraphs and PostgreSQL too.
  const log = openSync(logFile, 'a');
  return spawn(process.execPath, [path.join(REPO, 'packages/stack/dist/start.js')], { cwd: REPO, env, stdio: ['ignore', log, log], detached: true });
}

async function stopStack(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let waited = 0; waited < 15_000 && child.exitCode === null; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Milliseconds from start until the first S1 answer without errors. */
async function untilFirstAnswer(started: number, scenario: Scenario, headers: Record<string, string>): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: scenario.body(0) });
      const body = (await response.json()) as { errors?: unknown[] };
      if (response.status === 200 && !body.errors) return Date.now() - started;
    } catch {
      // not up yet
    }
    if (Date.now() - started > 120_000) throw new Error('the stack did not answer within 120 s (see its log in the temporary folder)');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Measured {
  scenario: string;
  target: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; p99_9: number };
  errors: number;
  non2xx: number;
}

async function drive(name: string, target: string, url: string, headers: Record<string, string>, body: (i: number) => string): Promise<Measured> {
  // A load of error answers would flatter the figures: the operation must answer cleanly first.
  const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body(0) });
  const checked = (await check.json()) as { errors?: Array<{ message: string }> };
  if (check.status !== 200 || checked.errors) throw new Error(`${name} ${target} answers ${check.status}: ${checked.errors?.[0]?.message ?? ''}`);
  let counter = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    // A new body per request: inputs vary, so no cache flatters the figures.
    setupClient: (client) => client.setBody(body(counter++)),
    requests: [{ setupRequest: (request) => ({ ...request, body: body(counter++) }) }],
  });
  process.stdout.write(`  ${name} ${target}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms\n`);
  return {
    scenario: name,
    target,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, p99_9: result.latency.p99_9 },
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

function summary(run: { date: string; machine: string; quick: boolean; duration: number; coldStartMs: number; warmStartMs: number; results: Measured[] }): string {
  const rows = run.results.map(
    (r) => `| ${r.scenario} | ${r.target} | ${Math.round(r.requestsPerSecond)} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.latencyMs.p99_9} | ${r.errors + r.non2xx} |`,
  );
  const direct = run.results.find((r) => r.scenario === 'S4' && r.target === 'subgraph');
  const viaGateway = run.results.find((r) => r.scenario === 'S4' && r.target === 'gateway');
  const ratio = direct && viaGateway ? (direct.requestsPerSecond / viaGateway.requestsPerSecond).toFixed(2) : 'n/a';
  return [
    `# Benchmark ${run.date}${run.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${run.machine}. ${connections} connections, ${run.duration} s per scenario, demo data (scale 1).`,
    '',
    `Cold start (fresh data folder, to the first S1 answer): ${(run.coldStartMs / 1000).toFixed(1)} s; warm start: ${(run.warmStartMs / 1000).toFixed(1)} s.`,
    '',
    '| scenario | target | req/s | p50 ms | p99 ms | p99.9 ms | errors |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `S4 direct-subgraph ÷ gateway throughput: ${ratio}.`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const date = new Date().toISOString().replace(/[:]/g, '-').replace(/\..+/, '');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'icssi-bench-'));
  // The stack's own log, for when a run fails.
  const logFile = path.join(os.tmpdir(), `icssi-bench-${date}.log`);
  const auth = { secret: secrets.jwt, issuer: 'icssi-graph', audience: 'icssi-graph' };
  const tokens = {
    [Role.BRIDGE]: await issueToken(auth, { subject: 'bench-bridge', roles: [Role.BRIDGE] }),
    [Role.EDITOR]: await issueToken(auth, { subject: 'bench-editor', roles: [Role.EDITOR], region: Region.FEDERAL_IRAQ }),
    [Role.MEMBER]: await issueToken(auth, { subject: 'bench-member', roles: [Role.MEMBER], region: Region.KURDISTAN_REGION }),
  };
  const headersFor = (scenario: Scenario): Record<string, string> => (scenario.role ? { authorization: `Bearer ${tokens[scenario.role as keyof typeof tokens]}` } : {});
  const results: Measured[] = [];
  let child: ChildProcess | null = null;
  try {
    process.stdout.write('cold start (fresh data folder)…\n');
    let started = Date.now();
    child = startStack(dataDir, logFile);
    const coldStartMs = await untilFirstAnswer(started, SCENARIOS[0], headersFor(SCENARIOS[0]));
    await stopStack(child);
    process.stdout.write('warm start…\n');
    started = Date.now();
    child = startStack(dataDir, logFile);
    const warmStartMs = await untilFirstAnswer(started, SCENARIOS[0], headersFor(SCENARIOS[0]));
    for (const scenario of SCENARIOS) {
      process.stdout.write(`${scenario.name}: ${scenario.title}\n`);
      results.push(await drive(scenario.name, 'gateway', gatewayUrl, headersFor(scenario), scenario.body));
      if (scenario.direct) {
        // The gateway's own overhead: the same fetch sent straight to the subgraph with a signed context.
        const signed = signContext(
          { viewer: { id: 'bench-member', roles: [Role.MEMBER], region: Region.KURDISTAN_REGION }, locale: Locale.en, requestId: 'bench', issuedAt: Date.now() },
          secrets.context,
        );
        const url = `http://127.0.0.1:${PORTS[scenario.direct]}/graphql`;
        results.push(await drive(scenario.name, 'subgraph', url, { [CONTEXT_HEADER]: signed }, scenario.body));
      }
    }
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const run = { date, machine, quick, duration, coldStartMs, warmStartMs, results };
    const folder = path.join(REPO, 'bench/results');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${date}.json`), `${JSON.stringify(run, null, 2)}\n`);
    writeFileSync(path.join(folder, `${date}.md`), summary(run));
    process.stdout.write(`\n${summary(run)}\nwritten bench/results/${date}.json and .md\n`);
    const failed = results.filter((r) => r.errors + r.non2xx > 0);
    if (failed.length) throw new Error(`errors in ${failed.map((r) => `${r.scenario}/${r.target}`).join(', ')}`);
  } finally {
    if (child) await stopStack(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

