import { createLogger, prepareDatabase, serviceDatabaseUrl } from '@icssi/platform';
import { useDatabaseServer } from './database-server';
import { SUBGRAPHS } from './subgraphs';

/**
 * `npm run seed`: migrates every service database and loads the demo data. Idempotent: a second
 * run inserts nothing (and leaves edits made since untouched).
 */
async function main(): Promise<void> {
  const logger = createLogger({ service: 'seed' });
  const { serverUrl, embedded } = await useDatabaseServer(logger);
  if (serverUrl) process.env.DATABASE_URL = serverUrl;
  try {
    for (const subgraph of SUBGRAPHS) {
      const { dataSource } = await prepareDatabase(subgraph, serviceDatabaseUrl(subgraph.name), 'always', logger.child({ subgraph: subgraph.name }));
      await dataSource.destroy();
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
