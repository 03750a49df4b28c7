import { createLogger, prepareDatabase, serviceDatabaseUrl } from '@icssi/platform';
import { useDatabaseServer } from './database-server';
import { SUBGRAPHS } from './subgraphs';

/**
 * `npm run migrate` and `npm run seed`: for every service, create its database if missing and run
 * pending migrations; `seed` also loads the demo data (idempotent: a second run inserts nothing).
 */
async function main(command: string | undefined): Promise<void> {
  if (command !== 'migrate' && command !== 'seed') throw new Error('usage: database-command.js migrate|seed');
  const logger = createLogger({ service: command });
  const { serverUrl, embedded } = await useDatabaseServer(logger);
  if (serverUrl) process.env.DATABASE_URL = serverUrl;
  try {
    for (const subgraph of SUBGRAPHS) {
      const { dataSource } = await prepareDatabase(
        subgraph,
        serviceDatabaseUrl(subgraph.name),
        command === 'seed' ? 'always' : 'never',
        logger.child({ subgraph: subgraph.name }),
      );
      await dataSource.destroy();
    }
  } finally {
    await embedded?.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
