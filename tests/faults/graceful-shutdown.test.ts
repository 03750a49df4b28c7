import { campaignsService } from '@icssi/campaigns';
import { dropDatabase } from '@icssi/platform';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { type GraphqlResponse, postGraphql, signedHeaders, testDatabaseUrl } from '@icssi/test-kit/test-subgraph';
import { type Sample, runLoad } from './kit/load';
import { type ServiceProcess, freePort, startServiceProcess, stopProcess, subgraphEnv } from './kit/processes';

/**
 * SIGTERM to a real gateway process and a real subgraph process while they serve concurrent load:
 * every request they accepted completes with a full answer, then the process exits with 0.
 */
let stack: TestStack;
const started: ServiceProcess[] = [];
const databases: string[] = [];

beforeAll(async () => {
  stack = await startTestStack();
}, 120_000);

afterAll(async () => {
  await Promise.all(started.map((service) => stopProcess(service)));
  await stack?.dispose();
  await Promise.all(databases.map((url) => dropDatabase(url)));
});

/**
 * Runs load, sends SIGTERM after 80 answers, and checks what the clients saw and what the process
 * logged. Every answer is a full 200; requests sent after the signal may instead be refused at
 * connection level (never a 5xx or a cut answer); the process exits 0.
 */
async function sigtermUnderLoad<T>(service: ServiceProcess, send: () => Promise<GraphqlResponse<T>>, isFull: (data: T) => boolean) {
  const loadStarted = Date.now();
  let signalAt = Number.POSITIVE_INFINITY;
  let exited = false;
  void service.exited.then(() => (exited = true));
  const samples: Array<Sample<T>> = await runLoad<T>({
    total: 2000,
    concurrency: 8,
    send,
    done: () => exited,
    onAnswer: (answered) => {
      if (answered === 80) {
        signalAt = Date.now() - loadStarted;
        service.child.kill('SIGTERM');
      }
    },
  });
  const { code, signal } = await service.exited;
  const exitedAt = Date.now() - loadStarted;
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  const answered = samples.filter((sample) => sample.status !== null);
  for (const sample of answered) {
    expect(sample.status).toBe(200);
    expect(sample.body?.errors).toBeUndefined();
    expect(isFull(sample.body!.data!)).toBe(true);
  }
  // Sent 50 ms or more before the signal: surely accepted (later ones may race the closing socket).
  const accepted = samples.filter((sample) => sample.sentAt <= signalAt - 50);
  expect(accepted.length).toBeGreaterThan(50);
  expect(accepted.every((sample) => sample.status === 200)).toBe(true);
  // The process itself shows it drained: requests it was serving at the signal completed after it.
  const signalled = service.logs.findIndex((line) => line.msg === 'shutting down');
  expect(signalled).toBeGreaterThanOrEqual(0);
  const completedAfterSignal = service.logs.slice(signalled).filter((line) => line.msg === 'graphql request' && line.status === 200).length;
  expect(completedAfterSignal).toBeGreaterThan(0);
  const inFlightAtSignal = samples.filter((sample) => sample.sentAt < signalAt && sample.answeredAt > signalAt);
  const refused = samples.filter((sample) => sample.status === null);
  for (const sample of refused) {
    expect(sample.sentAt).toBeGreaterThan(signalAt - 50);
    expect(sample.error).toMatch(/ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET|EPIPE|other side closed/);
  }
  console.log(
    `${service.name} SIGTERM: ${answered.length} answered, ${inFlightAtSignal.length} of them in flight at the signal (${completedAfterSignal} completed by the process after it), ${refused.length} refused after it, exit 0 after ${exitedAt - signalAt} ms`,
  );
}

describe('SIGTERM during load', () => {
  it('a subgraph finishes every accepted request, closes its pool and exits 0', async () => {
    const port = await freePort();
    const databaseUrl = testDatabaseUrl(campaignsService.name);
    databases.push(databaseUrl);
    const campaigns = await startServiceProcess('campaigns', {
      port,
      env: subgraphEnv('campaigns', databaseUrl, {
        organisations: stack.subgraphs.organisations.url,
        'forum-seasons': stack.subgraphs['forum-seasons'].url,
      }),
    });
    started.push(campaigns);
    type Answer = { campaigns: { totalCount: number; nodes: Array<{ slug: string; title: string }> } };
    await sigtermUnderLoad<Answer>(
      campaigns,
      () =>
        postGraphql<Answer>(
          campaigns.url,
          `{ campaigns(first: 50) { totalCount nodes { slug title summary themes status } } }`,
          {},
          signedHeaders(),
        ),
      (data) => data.campaigns.totalCount > 0 && data.campaigns.nodes.length > 0,
    );
    expect(campaigns.logs.some((line) => line.msg === 'stopped')).toBe(true);
  });

  it.each([
    ['organisations', `{ list: governorates(first: 19) { totalCount nodes { code name nameTranslations { locale value } } } }`],
    ['forum-seasons', `{ list: forumSeasons(first: 50) { totalCount nodes { number year status } } }`],
    ['cohesion-councils', `{ list: cohesionCouncils(first: 50) { totalCount nodes { name status } } }`],
  ])('the %s subgraph also drains and exits 0 on SIGTERM', async (name, query) => {
    const databaseUrl = testDatabaseUrl(name);
    databases.push(databaseUrl);
    const subgraph = await startServiceProcess(name, {
      port: await freePort(),
      env: subgraphEnv(name, databaseUrl, {
        organisations: stack.subgraphs.organisations.url,
        'forum-seasons': stack.subgraphs['forum-seasons'].url,
      }),
    });
    started.push(subgraph);
    type Answer = { list: { totalCount: number } };
    await sigtermUnderLoad<Answer>(
      subgraph,
      () => postGraphql<Answer>(subgraph.url, query, {}, signedHeaders()),
      (data) => data.list.totalCount > 0,
    );
  });

  it('the gateway finishes every accepted request and exits 0', async () => {
    const port = await freePort();
    const gateway = await startServiceProcess('gateway', {
      port,
      env: {
        ORGANISATIONS_URL: stack.subgraphs.organisations.url,
        CAMPAIGNS_URL: stack.subgraphs.campaigns.url,
        FORUM_SEASONS_URL: stack.subgraphs['forum-seasons'].url,
        COHESION_COUNCILS_URL: stack.subgraphs['cohesion-councils'].url,
        // Each request must do real work through the subgraphs, so some are in flight at the signal;
        // from the response cache the same query is answered before any could be.
        RESPONSE_CACHE: 'off',
      },
    });
    started.push(gateway);
    type Page = { workingGroups: { nodes: Array<{ name: string; campaigns: { nodes: unknown[] } | null }> } };
    await sigtermUnderLoad<Page>(
      gateway,
      () => postGraphql<Page>(gateway.url, `{ workingGroups { nodes { name campaigns { nodes { slug } } hostOrganisation { name } } } }`),
      (data) => data.workingGroups.nodes.length >= 10 && data.workingGroups.nodes.every((group) => group.campaigns !== null),
    );
  });
});
