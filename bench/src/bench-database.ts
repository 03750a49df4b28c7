import { createLogger, withDatabase } from '@icssi/platform';
import { type RunningPostgres, startEmbeddedPostgres } from '@icssi/stack/dist/embedded-postgres';
import { withClient } from './data/pg-client';
import { PORTS, SUBGRAPH_NAMES, type SubgraphName } from './processes';

/**
 * The PostgreSQL server the measured graph uses: the one in DATABASE_URL, or an embedded one of
 * the benchmark's own with pg_stat_statements loaded, so statement counts can be cross-checked.
 * Each service gets a fresh `icssi_bench_<service>` database.
 */
export interface BenchDatabase {
  urls: Record<SubgraphName, string>;
  /** The embedded server's port (to find its processes), or null for DATABASE_URL. */
  embeddedPort: number | null;
  /** SQL statements executed so far in each service database; null where pg_stat_statements is missing. */
  statementsExecuted(): Promise<Record<SubgraphName, number> | null>;
  /** Waits (up to `limitMs`) until no autovacuum worker runs; returns how long it waited. */
  autovacuumIdle(limitMs: number): Promise<number>;
  stop(): Promise<void>;
}

export async function openBenchDatabase(dataDir: string): Promise<BenchDatabase> {
  let embedded: RunningPostgres | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: PORTS.benchPostgres,
      logger: createLogger({ service: 'bench-postgres' }),
      settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'top', max_connections: '300' },
    });
    serverUrl = embedded.url;
  }
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, withDatabase(serverUrl, `icssi_bench_${name.replace(/-/g, '_')}`)]),
  ) as Record<SubgraphName, string>;
  const dropAll = () =>
    withClient(serverUrl as string, async (client) => {
      for (const url of Object.values(urls)) await client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    });
  await dropAll();
  let statsAvailable: boolean | null = null;
  return {
    urls,
    embeddedPort: embedded ? PORTS.benchPostgres : null,
    async statementsExecuted() {
      if (statsAvailable === false) return null;
      try {
        const counts = {} as Record<SubgraphName, number>;
        for (const name of SUBGRAPH_NAMES) {
          counts[name] = await withClient(urls[name], async (client) => {
            if (statsAvailable === null) await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
            // Statements of this database, not counting the benchmark's own reading of the view.
            const { rows } = await client.query<{ calls: string }>(
              `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements
               WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`,
            );
            return Number(rows[0].calls);
          });
        }
        statsAvailable = true;
        return counts;
      } catch {
        statsAvailable = false; // the server was started without pg_stat_statements
        return null;
      }
    },
    async autovacuumIdle(limitMs) {
      const started = Date.now();
      const busy = () =>
        withClient(serverUrl as string, async (client) => {
          const { rows } = await client.query<{ workers: string }>(
            `SELECT count(*) AS workers FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'`,
          );
          return Number(rows[0].workers) > 0;
        });
      while ((await busy()) && Date.now() - started < limitMs) await new Promise((resolve) => setTimeout(resolve, 250));
      return Date.now() - started;
    },
    async stop() {
      // An embedded server goes with its temporary folder; on a server of yours, nothing stays behind.
      if (embedded) await embedded.stop();
      else await dropAll();
    },
  };
}
