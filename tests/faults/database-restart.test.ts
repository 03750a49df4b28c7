import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningGateway, startGateway } from '@icssi/gateway';
import { createLogger, withDatabase } from '@icssi/platform';
import { type RunningPostgres, startEmbeddedPostgres } from '../../stack/src/embedded-postgres';
import { SUPERGRAPH_FILE } from '@icssi/test-kit/test-stack';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { LEAK, runLoad } from './kit/load';
import { type ServiceProcess, freePort, readyStatus, sleep, startServiceProcess, stopProcess, subgraphEnv } from './kit/processes';

/**
 * PostgreSQL itself stops and starts again under a running subgraph (its own embedded server,
 * started here so the test may stop it). The subgraph answers fast masked UNAVAILABLE errors while
 * the database is gone, reports not ready, never exits, and serves again once the server is back.
 */
const QUERY = `query CampaignList { campaigns(first: 5) { totalCount nodes { slug title } } }`;
type Answer = { campaigns: { totalCount: number; nodes: Array<{ slug: string }> } | null };

let dataDir: string;
let pgPort: number;
let postgres: RunningPostgres;
let campaigns: ServiceProcess;
let gateway: RunningGateway;

const startPostgres = () =>
  startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'data'),
    port: pgPort,
    fast: true,
    logger: createLogger({ service: 'fault-postgres' }),
  });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'icssi-fault-pg-'));
  await chmod(dataDir, 0o755);
  pgPort = await freePort();
  postgres = await startPostgres();
  const unreachable = 'http://127.0.0.1:9/graphql';
  campaigns = await startServiceProcess('campaigns', {
    port: await freePort(),
    env: {
      ...subgraphEnv('campaigns', withDatabase(postgres.url, 'icssi_campaigns'), {
        organisations: unreachable,
        'forum-seasons': unreachable,
      }),
      // Fail fast: a connection attempt to a stopped server is refused at once; a hung one gives up after 2 s.
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
    },
  });
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: { organisations: unreachable, campaigns: campaigns.url, 'forum-seasons': unreachable, 'cohesion-councils': unreachable },
    // The test repeats one query across a database restart; a cached answer would hide the outage.
    responseCache: { enabled: false },
    logger: createLogger({ service: 'gateway' }),
  });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  if (campaigns) await stopProcess(campaigns);
  await postgres?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const send = () => postGraphql<Answer>(gateway.url, QUERY);

describe('PostgreSQL stops and starts again', () => {
  it('fails fast with a masked UNAVAILABLE error while it is down, then recovers without a restart', async () => {
    const healthy = await runLoad<Answer>({ total: 20, concurrency: 4, send });
    expect(healthy.every((sample) => sample.status === 200 && !sample.body?.errors && sample.body?.data?.campaigns?.totalCount)).toBe(true);

    await postgres.stop();
    const down = await runLoad<Answer>({ total: 40, concurrency: 4, send });
    for (const sample of down) {
      expect(sample.status).toBe(200);
      expect(sample.answeredAt - sample.sentAt).toBeLessThan(1000);
      expect(sample.body?.errors?.map((error) => error.extensions?.code)).toEqual(['UNAVAILABLE']);
      expect(sample.body?.errors?.[0].message).toBe('The service is temporarily unavailable');
      expect(JSON.stringify(sample.body)).not.toMatch(LEAK);
    }
    expect(await readyStatus(campaigns.port)).toBe(503);
    expect(campaigns.alive()).toBe(true);

    postgres = await startPostgres();
    const restartedAt = Date.now();
    let recoveredAfter = -1;
    for (let attempt = 0; attempt < 200 && recoveredAfter < 0; attempt += 1) {
      const { body } = await send();
      if (!body.errors && body.data?.campaigns?.totalCount) recoveredAfter = Date.now() - restartedAt;
      else await sleep(50);
    }
    console.log(
      `database restart: slowest answer while down ${Math.max(...down.map((s) => s.answeredAt - s.sentAt))} ms; full answers ${recoveredAfter} ms after PostgreSQL was back`,
    );
    expect(recoveredAfter).toBeGreaterThanOrEqual(0);
    expect(recoveredAfter).toBeLessThan(3000);
    const after = await runLoad<Answer>({ total: 20, concurrency: 4, send });
    expect(after.every((sample) => sample.status === 200 && !sample.body?.errors)).toBe(true);
    expect(await readyStatus(campaigns.port)).toBe(200);
    expect(campaigns.alive()).toBe(true);
    // The outage was logged in the subgraph (as a warning with the cause), not as a crash.
    expect(campaigns.logs.some((line) => line.msg === 'database unavailable')).toBe(true);
  }, 120_000);
});
