import { type GatewayLatency } from './gateway-latency';
import { type MachineCheck } from './machine-check';
import { type LoadResult, type PerRequestCounts } from './load';
import { type Usage } from './process-usage';
import { type SitePageMeasurement, sitesSummary } from './site-pages';

/** ours-cached: a second gateway of ours with the response cache on (the others run without one). */
export type Target = 'ours' | 'ours-cached' | 'hive-js' | 'hive-rust' | 'subgraph';

export interface Measurement extends LoadResult {
  scale: number;
  scenario: string;
  target: Target;
  repeat: number;
  /** max: as fast as it goes; half: at half our median maximum; rate: S5's fixed rate. */
  load: 'max' | 'half' | 'rate';
  usage: Usage;
  /** The cached gateway's own latency over the run (its histogram), for the cached half-load runs. */
  gateway?: GatewayLatency;
}

export interface CountRow extends PerRequestCounts {
  scale: number;
  scenario: string;
  target: Target;
  /** Statements per request seen by pg_stat_statements (our gateway only; null without it). */
  pgStatStatements: Record<string, number> | null;
}

export interface BenchRun {
  date: string;
  machine: string;
  /** Readings of the machine before the run (older results have none). */
  machineCheck?: MachineCheck;
  settings: {
    quick: boolean;
    sitesOnly: boolean;
    scales: number[];
    repeats: number;
    durationSeconds: number;
    connections: number;
    countRequests: number;
    peers: boolean;
    writeRate: number;
  };
  database: string;
  starts: { coldMs: number; warmMs: number };
  measurements: Measurement[];
  counts: CountRow[];
  writes: Array<{ scale: number; rate: number; sent: number; refused: number; stored: number }>;
  /** S7: the region sites' pages. */
  sites: SitePageMeasurement[];
  /** The response cache: stale reads after S5's writes through the cached gateway while it serves S1. */
  cache?: Array<{ scale: number; warmedHits: number; reads: number; stale: number }>;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((total, value) => total + value, 0);
const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const whole = (value: number) => (Number.isFinite(value) ? String(Math.round(value)) : 'n/a');
const SCENARIOS_READ = ['S1', 'S2', 'S3', 'S4'];

function pick(run: BenchRun, scale: number, scenario: string, target: Target, load: Measurement['load'] = 'max'): Measurement[] {
  return run.measurements.filter((m) => m.scale === scale && m.scenario === scenario && m.target === target && m.load === load);
}

/** Median of the per-repeat ratios a ÷ b (each repeat measured a and b close together). */
function ratio(run: BenchRun, scale: number, scenario: string, a: Target, b: Target): number {
  const as = pick(run, scale, scenario, a);
  const bs = pick(run, scale, scenario, b);
  return median(
    as.map((m) => m.requestsPerSecond / (bs.find((other) => other.repeat === m.repeat)?.requestsPerSecond ?? NaN)).filter(Number.isFinite),
  );
}

const medianOf = (measurements: Measurement[], value: (m: Measurement) => number) => median(measurements.map(value));

export interface TargetCheck {
  target: string;
  measured: string;
  holds: boolean | null;
}

/**
 * The cached gateway's p99 at half load, by its own histogram (median of the repeats' p99 bounds),
 * with the load generator's p99 beside it. Runs without the histogram (older results) fall back to
 * the load generator's figure.
 */
function cachedTailCheck(target: string, half: Measurement[]): TargetCheck {
  const client = medianOf(half, (m) => m.latencyMs.p99);
  if (half.some((m) => !m.gateway)) return { target, measured: `${fixed(client, 1)} ms at the load generator`, holds: client <= 10 };
  const bounds = half.map((m) => m.gateway?.p99AtMostMs ?? Infinity);
  const gateway = median(bounds);
  const within = half.map((m) => `${fixed(100 * (m.gateway?.within10ms ?? NaN), 2)} %`).join(', ');
  return {
    target,
    measured: `gateway p99 ≤ ${bounds.map((b) => (Number.isFinite(b) ? `${b} ms` : '∞')).join(', ')} (within 10 ms: ${within}); at the load generator p99 ${half.map((m) => `${m.latencyMs.p99} ms`).join(', ')}`,
    holds: gateway <= 10,
  };
}

export function checkTargets(run: BenchRun): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const scales = run.settings.scales;
  for (const scale of scales) {
    for (const scenario of ['S1', 'S3']) {
      if (run.settings.peers) {
        const js = ratio(run, scale, scenario, 'ours', 'hive-js');
        const rust = ratio(run, scale, scenario, 'ours', 'hive-rust');
        checks.push({
          target: `${scenario} throughput ≥ 1.0× Hive Gateway (JS planner), scale ${scale}`,
          measured: `${fixed(js)}× (Rust planner: ${fixed(rust)}×)`,
          holds: js >= 1,
        });
      }
    }
    const s4 = ratio(run, scale, 'S4', 'subgraph', 'ours');
    checks.push({ target: `S4 direct ÷ gateway ≤ 2.5, scale ${scale}`, measured: fixed(s4), holds: s4 <= 2.5 });
    for (const scenario of ['S1', 'S3']) {
      const half = pick(run, scale, scenario, 'ours', 'half');
      if (half.length === 0) continue;
      const ratios = half.map((m) => m.latencyMs.p99 / m.latencyMs.p50);
      const middle = median(ratios);
      checks.push({
        target: `${scenario} p99 ≤ 3× p50 at half of max throughput, scale ${scale}`,
        measured: `${half.map((m) => `${m.latencyMs.p99} / ${m.latencyMs.p50} ms = ${fixed(m.latencyMs.p99 / m.latencyMs.p50, 1)}×`).join('; ')}${half.length > 1 ? `; median ${fixed(middle, 1)}×` : ''}`,
        holds: middle <= 3,
      });
    }
  }
  if (scales.length > 1) {
    for (const scenario of ['S1', 'S2']) {
      const rows = run.counts.filter((c) => c.scenario === scenario && c.target === 'ours');
      const shapes = new Set(rows.map((c) => `${fixed(sum(c.fetches))}/${fixed(sum(c.sql))}`));
      checks.push({
        target: `${scenario} subgraph fetches and SQL per request identical at scales ${scales.join(', ')}`,
        measured: rows.map((c) => `scale ${c.scale}: ${fixed(sum(c.fetches), 1)} fetches, ${fixed(sum(c.sql), 1)} SQL`).join('; '),
        holds: shapes.size === 1,
      });
    }
    const first = medianOf(pick(run, scales[0], 'S3', 'ours'), (m) => m.latencyMs.p50);
    const last = medianOf(pick(run, scales[scales.length - 1], 'S3', 'ours'), (m) => m.latencyMs.p50);
    checks.push({
      target: `S3 p50 at scale ${scales[scales.length - 1]} within 2× of scale ${scales[0]}`,
      measured: `${fixed(last, 1)} vs ${fixed(first, 1)} ms = ${fixed(last / first)}×`,
      holds: last <= 2 * first,
    });
  }
  checks.push({ target: 'S6 cold start ≤ 20 s', measured: `${fixed(run.starts.coldMs / 1000, 1)} s`, holds: run.starts.coldMs <= 20_000 });
  checks.push({ target: 'S6 warm start ≤ 5 s', measured: `${fixed(run.starts.warmMs / 1000, 1)} s`, holds: run.starts.warmMs <= 5_000 });
  for (const scale of scales) {
    const cached = pick(run, scale, 'S1', 'ours-cached');
    if (cached.length === 0) continue;
    const uncached = medianOf(pick(run, scale, 'S1', 'ours'), (m) => m.requestsPerSecond);
    const fromCache = medianOf(cached, (m) => m.requestsPerSecond);
    checks.push({
      target: `S1 from the cache ≥ 20× uncached S1 throughput, scale ${scale}`,
      measured: `${whole(fromCache)} ÷ ${whole(uncached)} req/s = ${fixed(fromCache / uncached, 1)}×`,
      holds: fromCache >= 20 * uncached,
    });
    const half = pick(run, scale, 'S1', 'ours-cached', 'half');
    if (half.length) checks.push(cachedTailCheck(`S1 from the cache: gateway p99 ≤ 10 ms at half of its maximum, scale ${scale}`, half));
  }
  for (const scale of scales) {
    const cached = pick(run, scale, 'S7-calls', 'ours-cached');
    if (cached.length === 0) continue;
    const uncached = medianOf(pick(run, scale, 'S7-calls', 'ours'), (m) => m.requestsPerSecond);
    const fromCache = medianOf(cached, (m) => m.requestsPerSecond);
    checks.push({
      target: `the sites' page calls from the cache ≥ 20× uncached, scale ${scale}`,
      measured: `${whole(fromCache)} ÷ ${whole(uncached)} req/s = ${fixed(fromCache / uncached, 1)}×`,
      holds: fromCache >= 20 * uncached,
    });
    const half = pick(run, scale, 'S7-calls', 'ours-cached', 'half');
    if (half.length)
      checks.push(
        cachedTailCheck(`the sites' page calls from the cache: gateway p99 ≤ 10 ms at half of its maximum, scale ${scale}`, half),
      );
  }
  for (const c of run.cache ?? []) {
    checks.push({
      target: `no stale read after a write through the cache (S5 while S1 reads from it), scale ${c.scale}`,
      measured: `${c.stale} stale of ${c.reads} reads`,
      holds: c.stale === 0 && c.reads > 0,
    });
  }
  for (const w of run.writes)
    checks.push({
      target: `S5 every accepted write stored once, scale ${w.scale}`,
      measured: `${w.sent} sent, ${w.refused} refused, ${w.stored} stored`,
      holds: w.stored === w.sent - w.refused && w.refused === 0,
    });
  return checks;
}

export function summary(run: BenchRun): string {
  const s = run.settings;
  if (s.sitesOnly) {
    return [
      `# Benchmark ${run.date}: region sites only`,
      '',
      `Machine: ${run.machine}. Database: ${run.database}.`,
      '',
      ...sitesSummary(run.sites),
    ].join('\n');
  }
  const check = run.machineCheck
    ? ` Before the run: ${fixed(run.machineCheck.freshPageMicros, 1)} µs per fresh memory page, ${whole(run.machineCheck.loopbackMBps)} MB/s of 100 KB answers over loopback.`
    : '';
  const lines: string[] = [
    `# Benchmark ${run.date}${s.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${run.machine}.${check} Database: ${run.database}. ${s.connections} connections; ${s.repeats} interleaved repeat(s) of ${s.durationSeconds} s per scenario and gateway; figures are medians over the repeats; ratios are medians of per-repeat ratios.`,
    '',
    '## Targets',
    '',
    '| target | measured | holds |',
    '|---|---|---|',
    ...checkTargets(run).map((c) => `| ${c.target} | ${c.measured} | ${c.holds === null ? 'n/a' : c.holds ? 'yes' : '**no**'} |`),
    '',
  ];
  for (const scale of s.scales) {
    const targets: Target[] = s.peers ? ['ours', 'hive-js', 'hive-rust'] : ['ours'];
    lines.push(
      `## Scale ${scale}`,
      '',
      `| scenario | ${targets.map((t) => `${t} req/s (p50/p99 ms)`).join(' | ')} |${s.peers ? ' ours ÷ hive-js | ours ÷ hive-rust |' : ''}`,
    );
    lines.push(`|---|${targets.map(() => '---').join('|')}|${s.peers ? '---|---|' : ''}`);
    for (const scenario of SCENARIOS_READ) {
      const cells = targets.map((target) => {
        const ms = pick(run, scale, scenario, target);
        return `${whole(medianOf(ms, (m) => m.requestsPerSecond))} (${whole(medianOf(ms, (m) => m.latencyMs.p50))}/${whole(medianOf(ms, (m) => m.latencyMs.p99))})`;
      });
      const ratios = s.peers
        ? ` ${fixed(ratio(run, scale, scenario, 'ours', 'hive-js'))} | ${fixed(ratio(run, scale, scenario, 'ours', 'hive-rust'))} |`
        : '';
      lines.push(`| ${scenario} | ${cells.join(' | ')} |${ratios}`);
    }
    const direct = pick(run, scale, 'S4', 'subgraph');
    lines.push(
      '',
      `S4 straight to the organisations subgraph: ${whole(medianOf(direct, (m) => m.requestsPerSecond))} req/s (p50 ${whole(medianOf(direct, (m) => m.latencyMs.p50))} ms); direct ÷ our gateway ${fixed(ratio(run, scale, 'S4', 'subgraph', 'ours'))}` +
        (s.peers
          ? `, direct ÷ hive-js ${fixed(ratio(run, scale, 'S4', 'subgraph', 'hive-js'))}, direct ÷ hive-rust ${fixed(ratio(run, scale, 'S4', 'subgraph', 'hive-rust'))}.`
          : '.'),
      '',
    );
    const half = ['S1', 'S3'].map((scenario) => pick(run, scale, scenario, 'ours', 'half')).filter((ms) => ms.length > 0);
    if (half.length) {
      const describe = (ms: Measurement[]) =>
        `${ms[0].scenario} ${whole(medianOf(ms, (m) => m.requestsPerSecond))} req/s, p50 ${whole(medianOf(ms, (m) => m.latencyMs.p50))} ms, p99 ${whole(medianOf(ms, (m) => m.latencyMs.p99))} ms, p99.9 ${whole(medianOf(ms, (m) => m.latencyMs.p99_9))} ms`;
      lines.push(`At half of our maximum (medians of ${half[0].length} repeat(s)): ${half.map(describe).join('; ')}.`, '');
    }
    const cachedMax = pick(run, scale, 'S1', 'ours-cached');
    if (cachedMax.length) {
      const cachedHalf = pick(run, scale, 'S1', 'ours-cached', 'half');
      lines.push(
        `S1 from the response cache (a second gateway of ours, cache on): ${whole(medianOf(cachedMax, (m) => m.requestsPerSecond))} req/s (p50 ${fixed(
          medianOf(cachedMax, (m) => m.latencyMs.p50),
          1,
        )} ms, p99 ${fixed(
          medianOf(cachedMax, (m) => m.latencyMs.p99),
          1,
        )} ms)` +
          (cachedHalf.length
            ? `; at half of that, p50 ${fixed(
                medianOf(cachedHalf, (m) => m.latencyMs.p50),
                1,
              )} ms, p99 ${fixed(
                medianOf(cachedHalf, (m) => m.latencyMs.p99),
                1,
              )} ms.`
            : '.'),
        '',
      );
    }
    const siteCached = pick(run, scale, 'S7-calls', 'ours-cached');
    if (siteCached.length) {
      const siteHalf = pick(run, scale, 'S7-calls', 'ours-cached', 'half');
      const siteUncached = pick(run, scale, 'S7-calls', 'ours');
      lines.push(
        `The sites' page calls (the persisted GET of each of the 14 pages, as the sites send it): uncached ${whole(
          medianOf(siteUncached, (m) => m.requestsPerSecond),
        )} req/s (p50 ${fixed(
          medianOf(siteUncached, (m) => m.latencyMs.p50),
          1,
        )} ms); from the cache ${whole(medianOf(siteCached, (m) => m.requestsPerSecond))} req/s (p50 ${fixed(
          medianOf(siteCached, (m) => m.latencyMs.p50),
          1,
        )} ms, p99 ${fixed(
          medianOf(siteCached, (m) => m.latencyMs.p99),
          1,
        )} ms)` +
          (siteHalf.length
            ? `; at half of that, p50 ${fixed(
                medianOf(siteHalf, (m) => m.latencyMs.p50),
                1,
              )} ms, p99 ${fixed(
                medianOf(siteHalf, (m) => m.latencyMs.p99),
                1,
              )} ms.`
            : '.'),
        '',
      );
    }
    const write = run.measurements.find((m) => m.scale === scale && m.scenario === 'S5' && m.target === 'ours');
    const writeCount = run.writes.find((w) => w.scale === scale);
    if (write && writeCount) {
      lines.push(
        `S5 writes at ${writeCount.rate} req/s: ${writeCount.sent} sent, ${writeCount.refused} refused, ${writeCount.stored} steps stored; p50 ${write.latencyMs.p50} ms, p99 ${write.latencyMs.p99} ms, p99.9 ${write.latencyMs.p99_9} ms.`,
        '',
      );
    }
    // CPU per request and peak memory by process; "gateway" is the gateway under test (ours or the peer).
    const processes = ['gateway', 'organisations', 'campaigns', 'forum-seasons', 'cohesion-councils', 'postgres'];
    lines.push(`CPU ms per request by process (median over repeats) / peak resident MB during the runs:`, '');
    lines.push(`| scenario / gateway | ${processes.join(' | ')} |`, `|---|${processes.map(() => '---').join('|')}|`);
    for (const scenario of [...SCENARIOS_READ, 'S5']) {
      for (const target of ['ours', 'hive-js', 'hive-rust', 'subgraph'] as Target[]) {
        const ms = run.measurements.filter((m) => m.scale === scale && m.scenario === scenario && m.target === target && m.load !== 'half');
        if (ms.length === 0) continue;
        const processOf = (name: string) =>
          name !== 'gateway' ? name : target === 'ours' ? 'gateway' : target === 'subgraph' ? null : target;
        const cells = processes.map((name) => {
          const process = processOf(name);
          if (!process) return '—';
          return `${fixed(medianOf(ms, (m) => (m.usage.cpuMs[process] ?? NaN) / Math.max(1, m.requests)))} / ${whole(Math.max(...ms.map((m) => m.usage.peakRssMb[process] ?? NaN)))}`;
        });
        lines.push(`| ${scenario} ${target} | ${cells.join(' | ')} |`);
      }
    }
    lines.push('');
  }
  lines.push(
    '## Subgraph fetches and SQL statements per request',
    '',
    '| scenario | gateway | scale | fetches (org/camp/forum/council) | SQL from subgraph logs | SQL from pg_stat_statements |',
    '|---|---|---|---|---|---|',
  );
  for (const scenario of SCENARIOS_READ) {
    for (const c of run.counts.filter((row) => row.scenario === scenario)) {
      const per = (values: Record<string, number>) =>
        `${fixed(sum(values), 1)} (${Object.values(values)
          .map((v) => fixed(v, 1))
          .join('/')})`;
      lines.push(
        `| ${scenario} | ${c.target} | ${c.scale} | ${per(c.fetches)} | ${per(c.sql)} | ${c.pgStatStatements ? per(c.pgStatStatements) : '—'} |`,
      );
    }
  }
  lines.push('', ...sitesSummary(run.sites));
  lines.push(
    '',
    `S6: first S1 answer ${fixed(run.starts.coldMs / 1000, 1)} s after \`npm start\` on a fresh data folder (embedded PostgreSQL initialised, migrations, demo data), ${fixed(run.starts.warmMs / 1000, 1)} s on the same folder again.`,
    '',
  );
  return lines.join('\n');
}
