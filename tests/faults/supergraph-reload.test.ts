import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { type RunningGateway, startGateway } from '@icssi/gateway';
import { type Logger } from '@icssi/platform';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { runLoad } from './kit/load';
import { type ServiceProcess, freePort, sleep, startServiceProcess, stopProcess } from './kit/processes';

/**
 * The gateway picks up a new supergraph file without a restart and without failing a request; an
 * invalid file is refused and the supergraph it has stays in use.
 */
let stack: TestStack;
let folder: string;
const gateways: RunningGateway[] = [];
const processes: ServiceProcess[] = [];

/** The supergraph without the cohesion-councils subgraph: valid, and visibly different. */
function supergraphWithoutCouncils(): string {
  const schemaDir = path.dirname(SUPERGRAPH_FILE);
  const result = composeServices(
    ['organisations', 'campaigns', 'forum-seasons'].map((name) => ({
      name,
      url: `http://127.0.0.1:1/${name}`,
      typeDefs: parse(readFileSync(path.join(schemaDir, `${name}.graphql`), 'utf8')),
    })),
  );
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.supergraphSdl;
}

function recordingLogger(lines: string[]): Logger {
  const logger: Logger = {
    debug: () => undefined,
    info: (msg) => void lines.push(msg),
    warn: (msg) => void lines.push(msg),
    error: (msg) => void lines.push(msg),
    child: () => logger,
  };
  return logger;
}

/** Replaces the file the way `npm run compose` or a deployment would: write aside, rename over. */
function replaceFile(file: string, content: string): void {
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
}

async function startFileGateway(file: string, logs: string[], watchSupergraph: boolean): Promise<RunningGateway> {
  copyFileSync(SUPERGRAPH_FILE, file);
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphFile: file,
    watchSupergraph,
    subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    logger: recordingLogger(logs),
  });
  gateways.push(gateway);
  return gateway;
}

const COUNCILS = `{ cohesionCouncils(first: 3) { nodes { name } } }`;
const councilsField = async (gateway: RunningGateway): Promise<'present' | 'gone'> => {
  const { body } = await postGraphql(gateway.url, COUNCILS);
  if (body.errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') return 'gone';
  expect(body.errors).toBeUndefined();
  return 'present';
};

async function waitFor<T>(read: () => Promise<T>, wanted: T, timeoutMs = 3000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if ((await read()) === wanted) return Date.now() - started;
    await sleep(50);
  }
  throw new Error(`not ${String(wanted)} after ${timeoutMs} ms`);
}

beforeAll(async () => {
  stack = await startTestStack();
  folder = mkdtempSync(path.join(os.tmpdir(), 'icssi-supergraph-'));
}, 120_000);

afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.stop()));
  await Promise.all(processes.map((service) => stopProcess(service)));
  await stack?.dispose();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('supergraph reload', () => {
  it('follows the file under load, refuses an invalid one and keeps the old, and drops no request', async () => {
    const logs: string[] = [];
    const file = path.join(folder, 'watched', 'supergraph.graphql');
    mkdirSync(path.dirname(file), { recursive: true });
    const gateway = await startFileGateway(file, logs, true);
    let finished = false;
    const load = runLoad<{ workingGroups: { nodes: unknown[] } }>({
      total: 3000,
      concurrency: 4,
      pauseMs: 5,
      done: () => finished,
      send: () => postGraphql(gateway.url, `{ workingGroups { nodes { name campaigns { nodes { slug } } hostOrganisation { name } } } }`),
    });
    try {
      expect(await councilsField(gateway)).toBe('present');

      replaceFile(file, 'this is not a supergraph {');
      await waitFor(async () => logs.includes('supergraph reload refused: invalid supergraph, keeping the current one'), true);
      expect(await councilsField(gateway)).toBe('present');

      replaceFile(file, supergraphWithoutCouncils());
      const tookMs = await waitFor(() => councilsField(gateway), 'gone');
      expect(logs).toContain('supergraph reloaded');

      replaceFile(file, readFileSync(SUPERGRAPH_FILE, 'utf8'));
      await waitFor(() => councilsField(gateway), 'present');
      console.log(`supergraph reload: new file in use ${tookMs} ms after it was written`);
    } finally {
      finished = true;
    }
    const samples = await load;
    expect(samples.length).toBeGreaterThan(10);
    for (const sample of samples) {
      expect(sample.status).toBe(200);
      expect(sample.body?.errors).toBeUndefined();
      expect(sample.body?.data?.workingGroups.nodes.length).toBeGreaterThanOrEqual(10);
    }
  });

  it('a gateway process reloads on SIGHUP (file watching off) and refuses an invalid file', async () => {
    const file = path.join(folder, 'hup', 'supergraph.graphql');
    mkdirSync(path.dirname(file), { recursive: true });
    copyFileSync(SUPERGRAPH_FILE, file);
    const gateway = await startServiceProcess('gateway', {
      port: await freePort(),
      env: {
        SUPERGRAPH_PATH: file,
        SUPERGRAPH_WATCH: 'false',
        ORGANISATIONS_URL: stack.subgraphs.organisations.url,
        CAMPAIGNS_URL: stack.subgraphs.campaigns.url,
        FORUM_SEASONS_URL: stack.subgraphs['forum-seasons'].url,
        COHESION_COUNCILS_URL: stack.subgraphs['cohesion-councils'].url,
      },
    });
    processes.push(gateway);
    const target = { url: gateway.url } as RunningGateway;
    replaceFile(file, supergraphWithoutCouncils());
    await sleep(500);
    expect(await councilsField(target)).toBe('present');
    gateway.child.kill('SIGHUP');
    await waitFor(() => councilsField(target), 'gone');

    replaceFile(file, 'type Query {');
    gateway.child.kill('SIGHUP');
    await waitFor(
      async () => gateway.logs.some((line) => line.msg === 'supergraph reload refused: invalid supergraph, keeping the current one'),
      true,
    );
    expect(await councilsField(target)).toBe('gone');
    expect(gateway.alive()).toBe(true);
  });
});
