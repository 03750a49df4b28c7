import { chmod, mkdtemp } from 'node:fs/promises';
import { freePort } from './free-port';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '@icssi/platform';
import { startEmbeddedPostgres } from '@icssi/stack/dist/embedded-postgres';

/**
 * Tests run against real PostgreSQL: the server in DATABASE_URL when it is set, otherwise an
 * embedded server started here in a fresh temporary folder (stopped in global-teardown).
 */
export default async function globalSetup(): Promise<void> {
  process.env.LOG_LEVEL ??= 'silent';
  if (process.env.DATABASE_URL) return;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'icssi-test-pg-'));
  // PostgreSQL runs as the OS user `postgres` when we are root: it must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const port = process.env.TEST_PG_PORT ? Number(process.env.TEST_PG_PORT) : await freePort();
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'data'),
    port,
    fast: true,
    logger: createLogger({ service: 'test-postgres' }),
  });
  process.env.DATABASE_URL = server.url;
  (globalThis as Record<string, unknown>).__ICSSI_TEST_PG__ = { server, dataDir };
}
