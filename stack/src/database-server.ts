import path from 'node:path';
import { Client } from 'pg';
import {
  type Logger,
  SUBGRAPH_NAMES,
  embeddedPostgresPort,
  embeddedServerUrl,
  envOptional,
  serviceEnvPrefix,
} from '@icssi/platform/dist/supervision';
import { type RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';

export const REPO_ROOT = path.resolve(__dirname, '../..');

/** True when the environment names a server for every service (DATABASE_URL or all per-service URLs). */
export function externalDatabaseConfigured(): boolean {
  if (envOptional('DATABASE_URL')) return true;
  return SUBGRAPH_NAMES.every((name) => envOptional(`${serviceEnvPrefix(name)}_DATABASE_URL`));
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The PostgreSQL server to use: the configured one, or the embedded one (started here unless it
 * already runs, e.g. `npm run seed` while `npm start` is up). Returns a stop function for what it started.
 */
export async function useDatabaseServer(
  logger: Logger,
  /** Called with the embedded server's URL once known, before it is up (see EmbeddedPostgresOptions.onAddress). */
  onAddress?: (url: string) => void,
): Promise<{ serverUrl: string | null; embedded: RunningPostgres | null }> {
  if (externalDatabaseConfigured()) {
    logger.info('using the configured PostgreSQL server');
    return { serverUrl: envOptional('DATABASE_URL') ?? null, embedded: null };
  }
  const port = embeddedPostgresPort();
  const url = embeddedServerUrl(port);
  if (await reachable(url)) {
    logger.info('embedded PostgreSQL already running', { port });
    return { serverUrl: url, embedded: null };
  }
  const dataDir = envOptional('EMBEDDED_PG_DATA') ?? path.join(REPO_ROOT, '.data', 'postgres');
  const embedded = await startEmbeddedPostgres({ dataDir, port, logger, onAddress });
  return { serverUrl: embedded.url, embedded };
}
