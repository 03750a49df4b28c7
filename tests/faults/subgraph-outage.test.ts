import { type RunningGateway } from '@icssi/gateway';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { LEAK, type Sample, runLoad } from './kit/load';
import { type ServiceProcess } from './kit/processes';
import { type CampaignsProcessGraph, startCampaignsProcessGraph } from './kit/campaigns-process-graph';

/**
 * The campaigns subgraph runs as its own process and is killed (SIGKILL), restarted and frozen
 * (SIGSTOP) under concurrent load through the gateway. Request counts are bounded.
 */
const TIMEOUT_MS = 1500;
const QUERY = `query WorkingGroupsPage { workingGroups(first: 20) { nodes { slug name campaigns { nodes { slug } } } } }`;
type Page = { workingGroups: { nodes: Array<{ slug: string; name: string; campaigns: { nodes: Array<{ slug: string }> } | null }> } };

let graph: CampaignsProcessGraph;
let campaigns: ServiceProcess;
let gateway: RunningGateway;

beforeAll(async () => {
  graph = await startCampaignsProcessGraph({ timeoutMs: TIMEOUT_MS });
  ({ campaigns, gateway } = graph);
}, 120_000);

afterAll(async () => {
  // A frozen process cannot stop: wake it first.
  campaigns?.child.kill('SIGCONT');
  await graph?.stop(campaigns);
});

/** Full: every group with its campaigns. Partial: groups without campaigns and a masked error for each. */
function classify(sample: Sample<Page>): 'full' | 'partial' {
  expect(sample.error).toBeNull();
  expect(sample.status).toBe(200);
  const groups = sample.body!.data!.workingGroups.nodes;
  expect(groups.length).toBeGreaterThanOrEqual(10);
  expect(groups.every((group) => group.name.length > 0)).toBe(true);
  if (!sample.body!.errors) {
    expect(groups.every((group) => group.campaigns !== null)).toBe(true);
    return 'full';
  }
  expect(JSON.stringify(sample.body!.errors)).not.toMatch(LEAK);
  for (const error of sample.body!.errors) {
    expect(error.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(error.message).toBe('The campaigns service is unavailable');
  }
  expect(groups.every((group) => group.campaigns === null)).toBe(true);
  return 'partial';
}

const send = () => postGraphql<Page>(gateway.url, QUERY);

async function gatewayMetric(pattern: RegExp): Promise<number> {
  const text = await (await fetch(gateway.metricsUrl)).text();
  return text
    .split('\n')
    .filter((line) => pattern.test(line))
    .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
}

describe('a subgraph that dies and comes back', () => {
  it('answers partial data with a masked error while it is down, never a 5xx, and full answers within 2 s of its restart', async () => {
    const openBefore = await gatewayMetric(/^icssi_subgraph_fetch_errors_total\{.*subgraph="campaigns".*reason="circuit_open"/);
    let phase: 'before' | 'down' | 'restarting' | 'up' = 'before';
    let killedAtAnswer = 0;
    let readyAt = 0;
    let answersAfterFullRecovery = 0;
    let firstFullAfterRestart = 0;
    const started = Date.now();
    const samples = await runLoad<Page>({
      total: 3000,
      concurrency: 6,
      pauseMs: 5,
      send,
      done: () => answersAfterFullRecovery >= 60,
      onAnswer: (answered, last) => {
        if (phase === 'before' && answered >= 40) {
          phase = 'down';
          killedAtAnswer = answered;
          campaigns.child.kill('SIGKILL');
        } else if (phase === 'down' && answered >= killedAtAnswer + 60) {
          phase = 'restarting';
          void campaigns.exited.then(async () => {
            campaigns = await graph.startCampaigns();
            readyAt = Date.now() - started;
            phase = 'up';
          });
        } else if (phase === 'up' && last.sentAt >= readyAt && !last.body?.errors && last.status === 200) {
          if (!firstFullAfterRestart) firstFullAfterRestart = last.answeredAt;
          // Keep going until well past the 2 s the recovery may take.
          if (last.sentAt > readyAt + 2200) answersAfterFullRecovery += 1;
        }
      },
    });
    const outcomes = samples.map(classify);
    console.log(
      `killed subgraph: ${samples.length} requests, ${outcomes.filter((o) => o === 'partial').length} partial, first full answer ${firstFullAfterRestart - readyAt} ms after the restarted subgraph was ready`,
    );
    expect(outcomes.filter((outcome) => outcome === 'partial').length).toBeGreaterThan(20);
    expect(outcomes.slice(0, 30).every((outcome) => outcome === 'full')).toBe(true);
    expect(readyAt).toBeGreaterThan(0);
    expect(firstFullAfterRestart).toBeGreaterThan(readyAt);
    expect(firstFullAfterRestart - readyAt).toBeLessThanOrEqual(2000);
    // After that, every answer is full again.
    const late = samples.filter((sample) => sample.sentAt > readyAt + 2000);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((sample) => !sample.body?.errors)).toBe(true);
    // While it was down, the breaker answered most fetches without a network round trip.
    expect(
      (await gatewayMetric(/^icssi_subgraph_fetch_errors_total\{.*subgraph="campaigns".*reason="circuit_open"/)) - openBefore,
    ).toBeGreaterThan(10);
  }, 120_000);
});

describe('a subgraph that hangs', () => {
  it('answers every request within the timeout + 1 s with partial data, and recovers when it answers again', async () => {
    campaigns.child.kill('SIGSTOP');
    let samples: Array<Sample<Page>>;
    try {
      samples = await runLoad<Page>({ total: 48, concurrency: 6, send });
    } finally {
      campaigns.child.kill('SIGCONT');
    }
    const resumedAt = Date.now();
    const latencies = samples.map((sample) => sample.answeredAt - sample.sentAt);
    expect(samples.map(classify).every((outcome) => outcome === 'partial')).toBe(true);
    expect(Math.max(...latencies)).toBeLessThanOrEqual(TIMEOUT_MS + 1000);
    // Only the first fetches waited for the timeout; then the open breaker answered at once.
    expect(latencies.filter((ms) => ms < 500).length).toBeGreaterThan(24);
    let recoveredAfter = -1;
    for (let attempt = 0; attempt < 100 && recoveredAfter < 0; attempt += 1) {
      const { body } = await send();
      if (!body.errors) recoveredAfter = Date.now() - resumedAt;
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log(
      `hung subgraph: slowest answer ${Math.max(...latencies)} ms (timeout ${TIMEOUT_MS} ms), full answers again ${recoveredAfter} ms after it resumed`,
    );
    expect(recoveredAfter).toBeGreaterThanOrEqual(0);
    expect(recoveredAfter).toBeLessThanOrEqual(2000);
  }, 60_000);
});
