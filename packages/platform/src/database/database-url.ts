import { envInt, envOptional, envString } from '../config/env';

/** The port of the embedded PostgreSQL server that `npm start` runs (not 5432: a system server may be there). */
export function embeddedPostgresPort(): number {
  return envInt('EMBEDDED_PG_PORT', 54329);
}

/**
 * The server URL used when DATABASE_URL is not set: the embedded server of `npm start`, over its
 * Unix socket when it has one (`?host=` a folder: libpq and node-postgres both read it that way).
 */
export function embeddedServerUrl(port: number = embeddedPostgresPort(), socketDir: string | null = null): string {
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return socketDir ? `${url}?host=${encodeURIComponent(socketDir)}` : url;
}

/** The database name a service uses on a shared server, e.g. icssi_organisations. */
export function serviceDatabaseName(service: string): string {
  return `${envString('DATABASE_NAME_PREFIX', 'icssi_')}${service.replace(/-/g, '_')}`;
}

/** ORGANISATIONS_DATABASE_URL, FORUM_SEASONS_DATABASE_URL, … */
export function serviceEnvPrefix(service: string): string {
  return service.toUpperCase().replace(/-/g, '_');
}

/** Replaces the database name in a server URL. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The connection URL of one service's own database: the per-service override if given
 * (`<SERVICE>_DATABASE_URL`, used as is), else DATABASE_URL (a server URL) with the service's
 * database name, else the embedded server.
 */
export function serviceDatabaseUrl(service: string): string {
  const own = envOptional(`${serviceEnvPrefix(service)}_DATABASE_URL`);
  if (own) return own;
  const server = envOptional('DATABASE_URL') ?? embeddedServerUrl();
  return withDatabase(server, serviceDatabaseName(service));
}

/** A URL with its password removed, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid database url>';
  }
}
