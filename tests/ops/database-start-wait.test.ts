import net from 'node:net';
import { type Logger, dropDatabase, isDatabaseUnavailable } from '@icssi/platform';
import { ensureDatabaseOnceUp } from '@icssi/platform/dist/subgraph/prepare-database';
import { freePort } from '@icssi/test-kit/free-port';

/**
 * `npm start` starts the subgraphs while its PostgreSQL is still starting, with
 * DATABASE_START_WAIT_MS: they must wait for the server and then go on, and without it (the
 * default elsewhere) fail at once as before. The late server is the test database behind a TCP
 * relay that only starts listening after a while.
 */
const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, child: () => quiet };
const server = new URL(process.env.DATABASE_URL as string);
const relays: net.Server[] = [];
const timers: NodeJS.Timeout[] = [];

afterAll(async () => {
  for (const timer of timers) clearTimeout(timer);
  for (const relay of relays) await new Promise((resolve) => relay.close(resolve));
});

/** A URL for a fresh database on the test server, through a relay that opens `afterMs` from now. */
async function lateServer(afterMs: number): Promise<string> {
  const port = await freePort();
  const timer = setTimeout(() => {
    const relay = net.createServer((client) => {
      const upstream = net.connect(Number(server.port || 5432), server.hostname);
      client.pipe(upstream).pipe(client);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    relay.listen(port, '127.0.0.1');
    relays.push(relay);
  }, afterMs);
  timers.push(timer);
  return `postgres://${server.username || 'postgres'}@127.0.0.1:${port}/icssi_start_wait_${process.pid}_${afterMs}`;
}

describe('a subgraph started before its database server', () => {
  it('waits for the server when DATABASE_START_WAIT_MS allows, then creates its database', async () => {
    const url = await lateServer(700);
    const started = Date.now();
    try {
      await expect(ensureDatabaseOnceUp(url, 10_000, quiet)).resolves.toBe(true);
      expect(Date.now() - started).toBeGreaterThanOrEqual(650);
    } finally {
      await dropDatabase(url);
    }
  });

  /** What ensureDatabaseOnceUp throws, and after how long, for a server that opens only after a minute. */
  async function failureWithin(waitMs: number): Promise<{ error: unknown; tookMs: number }> {
    const url = await lateServer(60_000);
    const started = Date.now();
    const error = await ensureDatabaseOnceUp(url, waitMs, quiet).catch((caught: unknown) => caught);
    return { error, tookMs: Date.now() - started };
  }

  it('fails at once without a wait, as a server that cannot be reached', async () => {
    const { error, tookMs } = await failureWithin(0);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(tookMs).toBeLessThan(2000);
  });

  it('gives up when the wait is over', async () => {
    const { error, tookMs } = await failureWithin(400);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(tookMs).toBeGreaterThanOrEqual(400);
  });
});
