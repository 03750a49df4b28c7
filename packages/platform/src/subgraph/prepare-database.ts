import { type DataSource } from 'typeorm';
import { envInt, envString } from '../config/env';
import { createServiceDataSource } from '../database/data-source';
import { redactUrl } from '../database/database-url';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { ensureDatabase } from '../database/ensure-database';
import { type SqlStatementCounter } from '../database/sql-statement-counter';
import { LockdownEntity } from '../lockdown/lockdown.entity';
import { type Logger } from '../logging/logger';
import { type SubgraphDefinition } from './subgraph-definition';

/** When to load the demo data: 'first-start' (when the database was just created), 'always' or 'never'. */
export type SeedMode = 'first-start' | 'always' | 'never';

/** SEED_DEMO_DATA, 'first-start' unless it says 'always' or 'never'. */
export function seedModeFromEnv(): SeedMode {
  const mode = envString('SEED_DEMO_DATA', 'first-start');
  return mode === 'always' || mode === 'never' ? mode : 'first-start';
}

/** Creates the service database if missing, runs its migrations, and loads demo data when asked. */
export async function prepareDatabase(
  definition: SubgraphDefinition<unknown, unknown>,
  databaseUrl: string,
  seed: SeedMode,
  logger: Logger,
): Promise<{ dataSource: DataSource; sqlCounter: SqlStatementCounter }> {
  const created = await ensureDatabaseOnceUp(databaseUrl, envInt('DATABASE_START_WAIT_MS', 0), logger);
  const { dataSource, sqlCounter } = createServiceDataSource({
    url: databaseUrl,
    entities: [...definition.entities, LockdownEntity],
    migrations: definition.migrations,
    logger,
    poolSize: envInt('DATABASE_POOL_SIZE', 10),
  });
  await dataSource.initialize();
  // Several replicas may start at once (Kubernetes, compose scale): one migrates, the others wait.
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  let applied: unknown[];
  try {
    await lock.query(`SELECT pg_advisory_lock(hashtext('icssi-migrations'))`);
    applied = await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(hashtext('icssi-migrations'))`).catch(() => undefined);
    await lock.release();
  }
  logger.info('database ready', { database: redactUrl(databaseUrl), created, migrationsApplied: applied.length });
  if (seed === 'always' || (seed === 'first-start' && created)) {
    await definition.seed(dataSource, logger);
    logger.info('demo data loaded');
  }
  return { dataSource, sqlCounter };
}

/**
 * ensureDatabase, tried again every 100 ms for up to `waitMs` while the server cannot be reached
 * yet: `npm start` starts the subgraphs while its PostgreSQL is still starting, so that they load
 * their code meanwhile. 0 (the default elsewhere): the first failure stops the start, as before.
 */
export async function ensureDatabaseOnceUp(databaseUrl: string, waitMs: number, logger: Logger): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  let waited = false;
  for (;;) {
    try {
      const created = await ensureDatabase(databaseUrl);
      if (waited) logger.debug('the database server is up');
      return created;
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() >= deadline) throw error;
      waited = true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
