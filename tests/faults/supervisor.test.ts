import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Logger, SERVICE_NODE_FLAGS } from '@icssi/platform';
import { SupervisedProcess, stopInOrder } from '../../stack/src/supervisor';
import { freePort } from './kit/processes';

/** The `npm start` supervisor with real child processes (a small stand-in service script). */
const SCRIPT = path.join(__dirname, 'fixtures', 'stand-in-service.js');
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'icssi-supervisor-'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, child: () => quiet };

function events(file: string): Array<{ at: number; name: string; event: string; pid: number }> {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [at, name, event, pid] = line.split(' ');
      return { at: Number(at), name, event, pid: Number(pid) };
    });
}

async function standIn(name: string, eventsFile: string, env: Record<string, string> = {}, nodeFlags?: readonly string[]) {
  const port = await freePort();
  return new SupervisedProcess(
    {
      name,
      script: SCRIPT,
      nodeFlags,
      env: { ...process.env, NAME: name, EVENTS_FILE: eventsFile, PORT: String(port), ...env },
      readyUrl: `http://127.0.0.1:${port}/readyz`,
    },
    quiet,
    { baseMs: 100, maxMs: 1000, stableMs: 30_000 },
  );
}

describe('the npm start supervisor', () => {
  it('restarts a crashed process with growing delays until it stays up', async () => {
    const file = path.join(folder, 'crashes.log');
    const service = await standIn('subgraph', file, { CRASHES: '3' });
    service.start();
    await service.waitUntilReady(10_000);
    const starts = events(file)
      .filter((entry) => entry.event === 'start')
      .map((entry) => entry.at);
    expect(starts).toHaveLength(4);
    const gaps = starts.slice(1).map((at, i) => at - starts[i]);
    // Each crash comes 50 ms after its start; the delays before restarting are 100, 200 and 400 ms.
    expect(gaps[0]).toBeGreaterThanOrEqual(150);
    expect(gaps[1]).toBeGreaterThanOrEqual(250);
    expect(gaps[2]).toBeGreaterThanOrEqual(450);
    expect(gaps[2]).toBeGreaterThan(gaps[0]);
    await service.stop();
    expect(events(file).at(-1)?.event).toBe('stopped');
  });

  it('starts the process with the Node.js flags of its spec (npm start passes SERVICE_NODE_FLAGS)', async () => {
    const argvFile = path.join(folder, 'exec-argv.json');
    const service = await standIn('subgraph', path.join(folder, 'flags.log'), { EXEC_ARGV_FILE: argvFile }, SERVICE_NODE_FLAGS);
    service.start();
    await service.waitUntilReady(10_000);
    await service.stop();
    expect(SERVICE_NODE_FLAGS.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(argvFile, 'utf8'))).toEqual([...SERVICE_NODE_FLAGS]);
  });

  it('stops the gateway first, then the subgraphs, each gracefully', async () => {
    const file = path.join(folder, 'order.log');
    const gateway = await standIn('gateway', file, { STOP_MS: '300' });
    const subgraphs = await Promise.all(['organisations', 'campaigns'].map((name) => standIn(name, file)));
    for (const service of [...subgraphs, gateway]) service.start();
    for (const service of [...subgraphs, gateway]) await service.waitUntilReady(10_000);
    await stopInOrder([[gateway], subgraphs]);
    const stopped = events(file).filter((entry) => entry.event === 'stopped');
    expect(stopped.map((entry) => entry.name)).toEqual(['gateway', expect.any(String), expect.any(String)]);
    expect(
      stopped
        .slice(1)
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(['campaigns', 'organisations']);
  });

  it('does not restart a process that exits on its own once shutdown has begun', async () => {
    const file = path.join(folder, 'no-restart.log');
    const gateway = await standIn('gateway', file, { STOP_MS: '500' });
    const subgraph = await standIn('campaigns', file);
    for (const service of [subgraph, gateway]) service.start();
    for (const service of [subgraph, gateway]) await service.waitUntilReady(10_000);
    const stopping = stopInOrder([[gateway], [subgraph]]);
    // Meanwhile the subgraph is signalled directly (as a terminal's Ctrl-C would) and exits.
    const pid = events(file).find((entry) => entry.name === 'campaigns' && entry.event === 'start')!.pid;
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, 'SIGTERM');
    await stopping;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Started once, stopped once: no restart after the shutdown began.
    expect(
      events(file)
        .filter((entry) => entry.name === 'campaigns')
        .map((entry) => entry.event),
    ).toEqual(['start', 'stopped']);
  });
});
