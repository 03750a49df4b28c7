import { createLogger, prepareDatabase, serviceDatabaseUrl } from '@icssi/platform';
import { useDatabaseServer } from './database-server';
import { SUBGRAPHS } from './subgraphs';

/** `npm run migrate`: creates missing service databases and runs pending migrations; loads no data. */
async function main(): Promise<void> {
  const logger = createLogger({ service: 'migrate' });
  const { serverUrl, embedded } = await useDatabaseServer(logger);
  if (serverUrl) process.env.DATABASE_URL = serverUrl;
  try {
    for (const subgraph of SUBGRAPHS) {
      const { dataSource } = await prepareDatabase(subgraph, serviceDatabaseUrl(subgraph.name), 'never', logger.child({ subgraph: subgraph.name }));
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
