import path from 'node:path';
import { createLogger, serviceDatabaseUrl } from '@icssi/platform';
import { backupDatabases, restoreDatabases } from './backup/backup';
import { REPO_ROOT, useDatabaseServer } from './database-server';
import { SUBGRAPHS } from './subgraphs';

/**
 * `npm run backup [-- folder]`: a consistent dump of every service database (default folder
 * backups/<time>). `npm run restore -- folder`: replaces every service database with the dump
 * (stop the graph first). The embedded server of `npm start` is used unless DATABASE_URL is set.
 */
async function main(command: string | undefined, folderArgument: string | undefined): Promise<void> {
  if (command !== 'backup' && command !== 'restore') throw new Error('usage: backup-command.js backup [folder] | restore <folder>');
  if (command === 'restore' && !folderArgument) throw new Error('usage: npm run restore -- <backup folder>');
  const logger = createLogger({ service: command });
  const { serverUrl, embedded } = await useDatabaseServer(logger);
  if (serverUrl) process.env.DATABASE_URL = serverUrl;
  const databases = Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.name, serviceDatabaseUrl(subgraph.name)]));
  const folder = path.resolve(folderArgument ?? path.join(REPO_ROOT, 'backups', new Date().toISOString().replace(/[:.]/g, '-')));
  try {
    if (command === 'backup') {
      await backupDatabases(databases, folder, logger);
      process.stdout.write(`Backup written to ${folder}\n`);
    } else {
      await restoreDatabases(SUBGRAPHS, databases, folder, logger);
      process.stdout.write(`Restored from ${folder}\n`);
    }
  } finally {
    await embedded?.stop();
  }
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
