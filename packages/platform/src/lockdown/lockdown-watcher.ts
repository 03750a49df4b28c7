import { Client } from 'pg';
import { type Logger, errorFields } from '../logging/logger';
import { LOCKDOWN_CHANNEL, type LockdownRegistry, type Query } from './lockdown-registry';

export interface LockdownWatcherOptions {
  /** This service's own database. */
  databaseUrl: string;
  /** The safety net: how often the version is re-read even without a notification. */
  rereadMs: number;
  logger: Logger;
}

/**
 * Keeps a process's lockdown view in step with its database: LISTEN on the lockdown channel (every
 * replica of the service hears a new version at commit), and a short periodic re-read in case a
 * notification was lost (connection dropped, server restarted). Uses a connection of its own, so
 * the re-reads are not counted against any request. Returns a function that stops it.
 */
export function watchLockdowns(registry: LockdownRegistry, options: LockdownWatcherOptions): () => Promise<void> {
  let client: Client | null = null;
  let connecting: Promise<Client | null> | null = null;
  let stopped = false;
  let refreshing: Promise<void> | null = null;
  let again = false;

  const connect = (): Promise<Client | null> =>
    (connecting ??= (async () => {
      const next = new Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 3000 });
      next.on('error', (error) => {
        options.logger.warn('lockdown listener lost its connection; re-reading on a timer until it is back', errorFields(error));
        if (client === next) client = null;
        void next.end().catch(() => undefined);
      });
      next.on('notification', (message) => {
        if (message.channel === LOCKDOWN_CHANNEL) refresh();
      });
      try {
        await next.connect();
        await next.query(`LISTEN ${LOCKDOWN_CHANNEL}`);
        if (stopped) {
          await next.end();
          return null;
        }
        client = next;
        return next;
      } catch (error) {
        options.logger.warn('lockdown listener could not connect', errorFields(error));
        await next.end().catch(() => undefined);
        return null;
      } finally {
        connecting = null;
      }
    })());

  // One refresh at a time; a notification during one asks for another right after.
  const refresh = (): void => {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = (async () => {
      do {
        again = false;
        try {
          const connection = client ?? (await connect());
          if (!connection || stopped) return;
          const query: Query = async (sql, parameters) => (await connection.query(sql, parameters as unknown[])).rows;
          await registry.refresh(query);
        } catch (error) {
          options.logger.warn('lockdown re-read failed; keeping the last list', errorFields(error));
        }
      } while (again && !stopped);
    })().finally(() => {
      refreshing = null;
    });
  };

  void connect().then(() => refresh());
  const timer = setInterval(refresh, options.rereadMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await refreshing?.catch(() => undefined);
    await connecting?.catch(() => undefined);
    await client?.end().catch(() => undefined);
    client = null;
  };
}
