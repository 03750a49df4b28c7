import { type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueToken } from '@icssi/gateway';
import { CONTEXT_HEADER, Locale, Region, Role, signRequest } from '@icssi/platform';
import { openBenchDatabase } from './bench-database';
import { type GatewayLatency, gatewayLatency, readLatencyBuckets } from './gateway-latency';
import { checkMachine } from './machine-check';
import { UNITS_PER_SCALE, generateUnits } from './data/generate-data';
import { type PerRequestCounts, checkAnswers, countPerRequest, runLoad } from './load';
import { runPacedLoad } from './paced-load';
import { type ProcessGroup, measureUsage, postgresPids } from './process-usage';
import { checkStaleReads } from './cache-scenario';
import {
  PORTS,
  REPO,
  type Secrets,
  graphProcessGroups,
  graphqlUrl,
  peerProcessGroup,
  startCachedGateway,
  startGraph,
  startPeer,
  stopProcess,
  waitFor,
} from './processes';
import { runProtectionBench } from './protection/run-protection';
import { SCENARIOS, type Scenario } from './scenarios';
import { JS_BUDGET_BYTES, measureSitePages, sitePageCalls } from './site-pages';
import { type BenchRun, type Measurement, type Target, median, summary } from './summary';
import { prepareWriteScenario } from './write-scenario';

/**
 * npm run bench [-- --quick] [--scale 1,10,100] [--repeats 3] [--duration 8] [--no-peer] [--protection | --no-protection] [--sites-only]
 *
 * S6 first (cold and warm start of `npm start`), then, on a PostgreSQL of its own (or DATABASE_URL),
 * for each data scale: counts per request (subgraph fetches and SQL, cross-checked with
 * pg_stat_statements), S1–S4 through our gateway and the peer gateways in interleaved repeats, S4
 * straight to the subgraph, S5 writes at a fixed rate, and S1/S3 at half their maximum throughput;
 * S7, the region sites' pages (also on the demo data alone, before any generated data).
 * `--sites-only`: S7 alone (no S1–S6, no peers, no protection run).
 * Writes bench/results/<date>.json and .md. Then (not with --no-protection; alone with --protection)
 * the error the protection of counts of people adds at each scale (protection/run-protection.ts).
 */
const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = args.includes('--quick');
const sitesOnly = args.includes('--sites-only');
const settings = {
  quick,
  sitesOnly,
  scales: (option('--scale') ?? (quick ? '1' : '1,10,100')).split(',').map(Number),
  repeats: Number(option('--repeats') ?? (quick ? 1 : 3)),
  durationSeconds: Number(option('--duration') ?? (quick ? 3 : 8)),
  connections: 10,
  countRequests: quick ? 3 : 10,
  peers: !args.includes('--no-peer') && !sitesOnly,
  siteRequests: quick ? 20 : 60,
  writeRate: 20,
  protection: !args.includes('--no-protection') && !sitesOnly,
  protectionOnly: args.includes('--protection'),
};
if (settings.scales.some((scale) => ![1, 10, 100].includes(scale))) throw new Error('--scale takes 1, 10 and/or 100');

const secrets: Secrets = { context: randomBytes(24).toString('hex'), jwt: randomBytes(24).toString('hex') };
const started = Date.now();
const progress = (message: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

async function tokens(): Promise<Record<string, string>> {
  const auth = { secret: secrets.jwt, issuer: 'icssi-graph', audience: 'icssi-graph' };
  return {
    [Role.BRIDGE]: await issueToken(auth, { subject: 'bench-bridge', roles: [Role.BRIDGE] }),
    [Role.EDITOR]: await issueToken(auth, { subject: 'bench-editor', roles: [Role.EDITOR], region: Region.FEDERAL_IRAQ }),
    [Role.MEMBER]: await issueToken(auth, { subject: 'bench-member', roles: [Role.MEMBER], region: Region.KURDISTAN_REGION }),
  };
}

async function firstAnswerMs(since: number, scenario: Scenario, headers: Record<string, string>): Promise<number> {
  await waitFor(
    async () => {
      const response = await fetch(graphqlUrl(PORTS.gateway), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: scenario.body(0),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      return response.status === 200 && !body.errors;
    },
    120_000,
    'the graph',
  );
  return Date.now() - since;
}

/** S6: from `npm start` (install and build excluded) to the first S1 answer, on a fresh data folder, then on the same folder again. */
async function measureStarts(
  workDir: string,
  logFile: string,
  headersFor: (s: Scenario) => Record<string, string>,
): Promise<{ coldMs: number; warmMs: number }> {
  const dataDir = path.join(workDir, 'cold-start-postgres');
  let since = Date.now();
  let graph = startGraph(secrets, { embeddedDataDir: dataDir }, logFile);
  try {
    const coldMs = await firstAnswerMs(since, SCENARIOS[0], headersFor(SCENARIOS[0]));
    await stopProcess(graph);
    since = Date.now();
    graph = startGraph(secrets, { embeddedDataDir: dataDir }, logFile);
    const warmMs = await firstAnswerMs(since, SCENARIOS[0], headersFor(SCENARIOS[0]));
    return { coldMs, warmMs };
  } finally {
    await stopProcess(graph);
  }
}

async function main(): Promise<void> {
  const date = new Date().toISOString().replace(/[:]/g, '-').replace(/\..+/, '');
  const protection = async () =>
    runProtectionBench({
      date,
      scales: settings.scales,
      secrets,
      bridgeToken: (await tokens())[Role.BRIDGE],
      logFile: path.join(os.tmpdir(), `icssi-bench-${date}-protection.log`),
      progress,
    });
  if (settings.protectionOnly) {
    await protection();
    return;
  }
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'icssi-bench-'));
  // PostgreSQL runs as the OS user `postgres` when we are root: it must be able to enter the folder.
  chmodSync(workDir, 0o755);
  const logFile = path.join(os.tmpdir(), `icssi-bench-${date}.log`);
  const peerLogFile = path.join(os.tmpdir(), `icssi-bench-${date}-peers.log`);
  const tokenOf = await tokens();
  const headersFor = (scenario: Scenario): Record<string, string> =>
    scenario.role ? { authorization: `Bearer ${tokenOf[scenario.role]}` } : {};
  const children: ChildProcess[] = [];
  progress(
    `settings: scales ${settings.scales.join(', ')}; ${settings.repeats} repeat(s) of ${settings.durationSeconds} s; peers ${settings.peers ? 'on' : 'off'}; stack log ${logFile}`,
  );

  let starts = { coldMs: NaN, warmMs: NaN };
  if (!sitesOnly) {
    progress('S6: cold and warm start…');
    starts = await measureStarts(workDir, logFile, headersFor);
    progress(`S6: cold ${(starts.coldMs / 1000).toFixed(1)} s, warm ${(starts.warmMs / 1000).toFixed(1)} s`);
  }

  const machineCheck = await checkMachine();
  progress(
    `machine: ${machineCheck.freshPageMicros.toFixed(1)} µs per fresh memory page, ${Math.round(machineCheck.loopbackMBps)} MB/s of 100 KB answers over loopback`,
  );
  const database = await openBenchDatabase(path.join(workDir, 'bench-postgres'));
  const run: BenchRun = {
    date,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`,
    machineCheck,
    settings,
    database: database.embeddedPort ? 'embedded PostgreSQL with pg_stat_statements' : 'DATABASE_URL',
    starts,
    measurements: [],
    counts: [],
    writes: [],
    sites: [],
    cache: [],
  };
  const measureSites = async (scale: number): Promise<void> => {
    progress(`scale ${scale}: S7, the region sites' pages…`);
    const pages = await measureSitePages({
      gatewayUrl: graphqlUrl(PORTS.gateway),
      sites: { baghdad: `http://127.0.0.1:${PORTS.baghdadSite}`, erbil: `http://127.0.0.1:${PORTS.erbilSite}` },
      scale,
      requests: settings.siteRequests,
    });
    run.sites.push(...pages);
    for (const m of pages)
      progress(
        `scale ${scale} S7 ${m.site} ${m.page}: first byte p50 ${m.firstByteMs.p50} ms p99 ${m.firstByteMs.p99} ms, GraphQL p50 ${m.graphqlMs.p50} ms, ${m.htmlGzipBytes} bytes gzip, JS ${m.jsGzipBytes} bytes`,
      );
  };
  /** A run's result with the cached gateway's own latency over the same run (its histogram). */
  const withGatewayLatency = async <T>(work: () => Promise<T>): Promise<T & { gateway: GatewayLatency }> => {
    const metricsUrl = `http://127.0.0.1:${PORTS.cachedGatewayMetrics}/metrics`;
    const before = await readLatencyBuckets(metricsUrl);
    const result = await work();
    return { ...result, gateway: gatewayLatency(before, await readLatencyBuckets(metricsUrl)) };
  };
  /**
   * Before runs at half load: the maximum-load runs just before leave autovacuum work behind
   * (the single-use nonce tables churn thousands of rows a second), which would share the two cores
   * with the measured run. Half load measures the steady state, so it waits for that to finish.
   */
  const settle = async (scale: number): Promise<void> => {
    const waitedMs = await database.autovacuumIdle(60_000);
    if (waitedMs > 500) progress(`scale ${scale}: waited ${(waitedMs / 1000).toFixed(1)} s for autovacuum to finish`);
  };
  /**
   * A scenario from the cache at half of its median maximum (the runs just recorded), each repeat
   * with the cached gateway's own latency beside the load generator's. Returns that rate.
   */
  const measureCachedHalfLoad = async (
    scale: number,
    scenario: 'S1' | 'S7-calls',
    label: string,
    load: Pick<Parameters<typeof runPacedLoad>[0], 'body' | 'get'>,
  ): Promise<number> => {
    const url = graphqlUrl(PORTS.cachedGateway);
    const maxima = run.measurements
      .filter((m) => m.scale === scale && m.scenario === scenario && m.target === 'ours-cached' && m.load === 'max')
      .map((m) => m.requestsPerSecond);
    const rate = Math.max(1, Math.round(median(maxima) / 2));
    await settle(scale);
    for (let repeat = 0; repeat < settings.repeats; repeat += 1) {
      const { result, usage, gateway } = await withGatewayLatency(() =>
        measureUsage(cachedGroups(), () =>
          runPacedLoad({
            url,
            headers: {},
            ...load,
            rate,
            durationSeconds: settings.durationSeconds,
            connections: settings.connections,
          }),
        ),
      );
      run.measurements.push({ scale, scenario, target: 'ours-cached', repeat, load: 'half', ...result, usage, gateway });
      progress(
        `scale ${scale} repeat ${repeat + 1}/${settings.repeats} ${label} at half load (${rate} req/s): p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms; gateway p99 ≤ ${gateway.p99AtMostMs ?? '∞'} ms`,
      );
    }
    return rate;
  };
  /**
   * The response cache, on a gateway of its own: S1 from the cache at maximum load and at half of
   * it; then S5's writes through it while S1 reads from it, every accepted write followed by a read
   * of its record's page through the cache (stale reads counted).
   */
  const measureCache = async (scale: number): Promise<void> => {
    const url = graphqlUrl(PORTS.cachedGateway);
    const s1 = SCENARIOS[0];
    await checkAnswers(url, {}, s1.body(0));
    for (let repeat = 0; repeat < settings.repeats; repeat += 1) {
      const { result, usage } = await measureUsage(cachedGroups(), () =>
        runLoad({ url, headers: {}, body: s1.body, durationSeconds: settings.durationSeconds, connections: settings.connections }),
      );
      run.measurements.push({ scale, scenario: 'S1', target: 'ours-cached', repeat, load: 'max', ...result, usage });
      progress(
        `scale ${scale} repeat ${repeat + 1}/${settings.repeats} S1 from the cache: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, errors ${result.errors}`,
      );
    }
    const rate = await measureCachedHalfLoad(scale, 'S1', 'S1 from the cache', { body: s1.body });
    // The sites' pages: each page's GraphQL call as the site sends it (persisted GETs of both sites),
    // through our uncached gateway and from the cache, interleaved; then from the cache at half load.
    const calls = await sitePageCalls(graphqlUrl(PORTS.gateway));
    const get = (i: number) => calls[i % calls.length];
    for (let repeat = 0; repeat < settings.repeats; repeat += 1) {
      const order: Array<{ target: Target; url: string; groups: () => ProcessGroup[] }> = [
        { target: 'ours', url: graphqlUrl(PORTS.gateway), groups: uncachedGroups },
        { target: 'ours-cached', url, groups: cachedGroups },
      ];
      for (const { target, url: targetUrl, groups } of repeat % 2 ? order.reverse() : order) {
        const { result, usage } = await measureUsage(groups(), () =>
          runLoad({
            url: targetUrl,
            headers: {},
            body: () => '',
            get,
            durationSeconds: settings.durationSeconds,
            connections: settings.connections,
          }),
        );
        run.measurements.push({ scale, scenario: 'S7-calls', target, repeat, load: 'max', ...result, usage });
        progress(
          `scale ${scale} repeat ${repeat + 1}/${settings.repeats} the sites' page calls, ${target}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, errors ${result.errors}`,
        );
      }
    }
    await measureCachedHalfLoad(scale, 'S7-calls', "the sites' page calls from the cache", { body: () => '', get });
    const check = checkStaleReads(url, await prepareWriteScenario(database.urls['cohesion-councils'], `${date}-s${scale}-cached`));
    await check.warm(check.writes.ids.slice(0, Math.ceil(settings.writeRate * settings.durationSeconds) + 5));
    const { result } = await measureUsage(cachedGroups(), async () => {
      const [writes] = await Promise.all([
        runPacedLoad({
          url,
          headers: { authorization: `Bearer ${tokenOf[Role.EDITOR]}` },
          body: check.writes.body,
          accept: check.writes.accept,
          rate: settings.writeRate,
          durationSeconds: settings.durationSeconds,
          connections: settings.connections,
          warmupSeconds: 0,
        }),
        // S1 keeps reading from the cache meanwhile, at a quarter of its maximum.
        runPacedLoad({
          url,
          headers: {},
          body: s1.body,
          rate: Math.max(1, Math.round(rate / 2)),
          durationSeconds: settings.durationSeconds,
          connections: settings.connections,
        }),
      ]);
      return writes;
    });
    const reads = await check.settle();
    run.cache!.push({ scale, warmedHits: reads.hits, reads: reads.reads, stale: reads.stale });
    progress(
      `scale ${scale} S5 through the cache while S1 reads from it: ${result.requests} writes, ${result.errors} refused; ${reads.stale} stale of ${reads.reads} reads right after a write`,
    );
  };
  let cachedGroups: () => ProcessGroup[] = () => [];
  let uncachedGroups: () => ProcessGroup[] = () => [];
  try {
    const graph = startGraph(secrets, { urls: database.urls }, logFile);
    children.push(graph);
    await firstAnswerMs(Date.now(), SCENARIOS[0], headersFor(SCENARIOS[0]));
    const targets: Array<{ target: Target; url: string }> = [{ target: 'ours', url: graphqlUrl(PORTS.gateway) }];
    const groups: ProcessGroup[] = [...graphProcessGroups(graph), { name: 'postgres', pids: () => postgresPids(database.embeddedPort) }];
    const cachedGateway = startCachedGateway(secrets, logFile);
    children.push(cachedGateway);
    const cachedUrl = graphqlUrl(PORTS.cachedGateway);
    // The cached gateway's CPU counts as "gateway" in its own rows.
    cachedGroups = () => [peerProcessGroup('gateway', cachedGateway), ...groups.filter((group) => group.name !== 'gateway')];
    uncachedGroups = () => groups.filter((group) => !['hive-js', 'hive-rust'].includes(group.name));
    await waitFor(
      async () =>
        (await fetch(cachedUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' })).ok,
      60_000,
      'the cached gateway',
    );
    if (settings.peers) {
      for (const planner of ['js', 'rust'] as const) {
        const peer = startPeer(planner, secrets, peerLogFile);
        children.push(peer);
        const target: Target = planner === 'js' ? 'hive-js' : 'hive-rust';
        targets.push({ target, url: graphqlUrl(PORTS[target]) });
        groups.push(peerProcessGroup(target, peer));
      }
      for (const { target, url } of targets) {
        await waitFor(
          async () =>
            (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' })).ok,
          60_000,
          target,
        );
      }
    }
    // The sites on the demo data alone (the sites are up once the graph answers: npm start waits for them).
    await waitFor(
      async () =>
        (await fetch(`http://127.0.0.1:${PORTS.erbilSite}/readyz`)).ok && (await fetch(`http://127.0.0.1:${PORTS.baghdadSite}/readyz`)).ok,
      60_000,
      'the sites',
    );
    await measureSites(0);
    let units = 0;
    for (const scale of settings.scales) {
      progress(`scale ${scale}: generating data (${scale * UNITS_PER_SCALE} units)…`);
      await generateUnits(database.urls, units, scale * UNITS_PER_SCALE);
      units = scale * UNITS_PER_SCALE;
      if (sitesOnly) {
        await measureSites(scale);
        continue;
      }
      for (const { url } of targets) {
        for (const scenario of SCENARIOS) await checkAnswers(url, headersFor(scenario), scenario.body(0));
      }

      progress(`scale ${scale}: fetches and SQL per request…`);
      for (const scenario of SCENARIOS) {
        for (const { target, url } of targets) {
          const before = target === 'ours' ? await database.statementsExecuted() : null;
          const counts: PerRequestCounts = await countPerRequest(
            url,
            headersFor(scenario),
            scenario.countBody ?? scenario.body,
            settings.countRequests,
            `count-${date}-s${scale}-${scenario.name}-${target}`,
            [logFile],
          );
          const after = target === 'ours' ? await database.statementsExecuted() : null;
          const pgStatStatements =
            before && after
              ? Object.fromEntries(
                  Object.entries(after).map(([name, calls]) => [
                    name,
                    (calls - before[name as keyof typeof before]) / settings.countRequests,
                  ]),
                )
              : null;
          run.counts.push({ scale, scenario: scenario.name, target, ...counts, pgStatStatements });
        }
      }

      for (let repeat = 0; repeat < settings.repeats; repeat += 1) {
        // Interleaved: each repeat starts with a different gateway, so drift over time hits all alike.
        const order = targets.map((_, i) => targets[(i + repeat) % targets.length]);
        for (const scenario of SCENARIOS) {
          const runs: Array<{
            target: Target;
            url: string;
            headers: Record<string, string>;
            sign?: (body: string) => Record<string, string>;
          }> = order.map(({ target, url }) => ({ target, url, headers: headersFor(scenario) }));
          if (scenario.direct) {
            // A signed context is good for one request (audience, body digest, nonce): one per request, as the gateway signs.
            const direct = scenario.direct;
            const sign = (body: string) => ({
              [CONTEXT_HEADER]: signRequest(
                {
                  viewer: { id: 'bench-member', roles: [Role.MEMBER], region: Region.KURDISTAN_REGION },
                  locale: Locale.en,
                  requestId: 'bench',
                },
                { audience: direct, method: 'POST', path: '/graphql', body },
                secrets.context,
              ),
            });
            runs.push({ target: 'subgraph', url: graphqlUrl(PORTS[scenario.direct]), headers: {}, sign });
          }
          for (const { target, url, headers, sign } of runs) {
            const { result, usage } = await measureUsage(groups, () =>
              runLoad({
                url,
                headers,
                sign,
                body: scenario.body,
                durationSeconds: settings.durationSeconds,
                connections: settings.connections,
              }),
            );
            run.measurements.push({ scale, scenario: scenario.name, target, repeat, load: 'max', ...result, usage });
            progress(
              `scale ${scale} repeat ${repeat + 1}/${settings.repeats} ${scenario.name} ${target}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, errors ${result.errors}`,
            );
          }
        }
      }

      // p99 at half of the maximum throughput (our gateway, S1 and S3), in interleaved repeats like the
      // maxima: one p99 of a few hundred requests moves with a single GC pause, a median of repeats does not.
      const halfRates = Object.fromEntries(
        ['S1', 'S3'].map((name) => {
          const maxima = run.measurements
            .filter((m) => m.scale === scale && m.scenario === name && m.target === 'ours' && m.load === 'max')
            .map((m) => m.requestsPerSecond);
          return [name, Math.max(1, Math.round(median(maxima) / 2))];
        }),
      );
      await settle(scale);
      for (let repeat = 0; repeat < settings.repeats; repeat += 1) {
        for (const name of repeat % 2 ? ['S3', 'S1'] : ['S1', 'S3']) {
          const scenario = SCENARIOS.find((s) => s.name === name) as Scenario;
          const rate = halfRates[name];
          const { result, usage } = await measureUsage(groups, () =>
            runPacedLoad({
              url: graphqlUrl(PORTS.gateway),
              headers: headersFor(scenario),
              body: scenario.body,
              durationSeconds: settings.durationSeconds,
              connections: settings.connections,
              rate,
            }),
          );
          run.measurements.push({ scale, scenario: name, target: 'ours', repeat, load: 'half', ...result, usage });
          progress(
            `scale ${scale} repeat ${repeat + 1}/${settings.repeats} ${name} at half load (${rate} req/s): p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms`,
          );
        }
      }

      // S5: writes at a fixed rate; every accepted step must be stored, once.
      const writes = await prepareWriteScenario(database.urls['cohesion-councils'], `${date}-s${scale}`);
      const stepsBefore = await writes.storedSteps();
      const { result, usage } = await measureUsage(groups, () =>
        runPacedLoad({
          url: graphqlUrl(PORTS.gateway),
          headers: { authorization: `Bearer ${tokenOf[Role.EDITOR]}` },
          body: writes.body,
          accept: writes.accept,
          rate: settings.writeRate,
          durationSeconds: settings.durationSeconds,
          connections: settings.connections,
          // Every write counts: stored steps are compared with accepted ones.
          warmupSeconds: 0,
        }),
      );
      const stored = (await writes.storedSteps()) - stepsBefore;
      run.measurements.push({ scale, scenario: 'S5', target: 'ours', repeat: 0, load: 'rate', ...result, usage });
      run.writes.push({ scale, rate: settings.writeRate, sent: result.requests, refused: result.errors, stored });
      progress(
        `scale ${scale} S5 at ${settings.writeRate} req/s: ${result.requests} sent, ${result.errors} refused, ${stored} steps stored, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms`,
      );
      await measureCache(scale);
      await measureSites(scale);
    }
  } finally {
    for (const child of children.reverse()) await stopProcess(child);
    await database.stop();
    rmSync(workDir, { recursive: true, force: true });
  }

  const folder = path.join(REPO, 'bench/results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${date}.json`), `${JSON.stringify(run, null, 2)}\n`);
  const markdown = summary(run);
  writeFileSync(path.join(folder, `${date}.md`), markdown);
  process.stdout.write(`\n${markdown}\nwritten bench/results/${date}.json and .md in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  const failed = run.measurements.filter((m: Measurement) => m.errors > 0);
  if (failed.length) throw new Error(`errors in ${failed.map((m) => `${m.scenario}/${m.target}/scale ${m.scale}`).join(', ')}`);
  const heavy = run.sites.filter((m) => m.jsGzipBytes > JS_BUDGET_BYTES);
  if (heavy.length) throw new Error(`over the JavaScript budget: ${heavy.map((m) => `${m.site} ${m.page}`).join(', ')}`);
  const lost = run.writes.filter((w) => w.stored !== w.sent - w.refused);
  if (lost.length)
    throw new Error(`S5 stored a different number of steps than it accepted at scale ${lost.map((w) => w.scale).join(', ')}`);
  if (settings.protection) await protection();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
