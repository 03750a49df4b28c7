import { type IncomingMessage, type IncomingMessage as Request, type Server, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { type DataSource } from 'typeorm';
import { envBool, envInt, envString } from '../config/env';
import {
  CONTEXT_HEADER,
  DEFAULT_CONTEXT_MAX_AGE_MS,
  type ForwardedContext,
  checkRequestDigest,
  contextSecret,
  verifyContext,
} from '../context/signed-context';
import { ContextNonces, purgeExpiredNonces } from '../context/context-nonces';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { isSystemViewer } from '../context/viewer';
import { type RequestContext } from '../context/request-context';
import { createServiceDataSource } from '../database/data-source';
import { serviceDatabaseUrl, redactUrl } from '../database/database-url';
import { ensureDatabase } from '../database/ensure-database';
import { type SqlStatementCounter } from '../database/sql-statement-counter';
import { close, createGraphqlHttpServer, HttpError, listen, readBody } from '../http/graphql-http-server';
import { maskErrors } from '../http/mask-errors';
import { operationResolutionPlugin } from '../http/operation-resolution.plugin';
import { requestLoggingPlugin } from '../http/request-logging.plugin';
import { exitGracefullyOnSignals } from '../http/graceful-shutdown';
import { metricsPlugin } from '../metrics/metrics.plugin';
import { type PoolCounts, registerPoolMetrics } from '../metrics/metrics';
import { type MetricsListenOptions, metricsListenFromEnv, startMetricsServer } from '../metrics/metrics-server';
import { apolloLogger, createLogger, errorFields, type Logger } from '../logging/logger';
import { type SubgraphDefinition } from './subgraph-definition';
import { LockdownEntity } from '../lockdown/lockdown.entity';
import { LockdownRegistry, parseLockdownList, startLockdownSync } from '../lockdown/lockdown-registry';
import { watchLockdowns } from '../lockdown/lockdown-watcher';
import { Pool } from 'pg';
import { ReferenceChecker } from '../mutations/reference-checker';
import { LOCKDOWN_PATH, pullLockdowns } from '../lockdown/lockdown-transport';
import { SUBGRAPH_DEFAULT_PORTS, subgraphUrl } from '../topology/topology';

export interface StartSubgraphOptions {
  port?: number;
  host?: string;
  /** This service's own database URL; defaults to the environment (see serviceDatabaseUrl). */
  databaseUrl?: string;
  /** Other subgraphs' GraphQL URLs by name, for reference checks (tests); else from the environment. */
  subgraphUrls?: Record<string, string>;
  /** The organisations subgraph's GraphQL URL, where replicas read the lockdown list; null: no sync. */
  lockdownSourceUrl?: string | null;
  /** How often a copy pulls the owner's list (LOCKDOWN_SYNC_MS, 15 s by default). */
  lockdownSyncMs?: number;
  /** Load the demo data: 'first-start' (when the database was just created), 'always' or 'never'. */
  seed?: 'first-start' | 'always' | 'never';
  logger?: Logger;
  /** Where /metrics listens (not the GraphQL port); METRICS_PORT and METRICS_HOST by default. */
  metrics?: Partial<MetricsListenOptions>;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  /** Prometheus metrics, on their own port. */
  metricsUrl: string;
  dataSource: DataSource;
  sqlCounter: SqlStatementCounter;
  lockdown: LockdownRegistry;
  /** Where reference checks go (tests point it at their own subgraphs). */
  references: ReferenceChecker;
  /** The domain layer (tests configure it, e.g. where lockdowns are pushed). */
  domain: unknown;
  server: Server;
  stop(): Promise<void>;
}

function seedMode(): 'first-start' | 'always' | 'never' {
  const mode = envString('SEED_DEMO_DATA', 'first-start');
  return mode === 'always' || mode === 'never' ? mode : 'first-start';
}

/** Creates the service database if missing, runs its migrations, and loads demo data when asked. */
export async function prepareDatabase(
  definition: SubgraphDefinition<unknown, unknown>,
  databaseUrl: string,
  seed: 'first-start' | 'always' | 'never',
  logger: Logger,
): Promise<{ dataSource: DataSource; sqlCounter: SqlStatementCounter }> {
  const created = await ensureDatabase(databaseUrl);
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
 * Starts one subgraph: database, schema, Apollo Server and HTTP. Every GraphQL request must carry
 * the context header signed by the gateway; anything else is refused with 401 before it is parsed,
 * since `_entities` would otherwise let anyone read any entity by key.
 */
export async function startSubgraph<TLoaders, TDomain>(
  definition: SubgraphDefinition<TLoaders, TDomain>,
  options: StartSubgraphOptions = {},
): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger({ service: definition.name });
  const databaseUrl = options.databaseUrl ?? serviceDatabaseUrl(definition.name);
  const { dataSource, sqlCounter } = await prepareDatabase(definition, databaseUrl, options.seed ?? seedMode(), logger);
  const schema = await definition.buildSchema();
  const secret = contextSecret();
  // The lockdown list: this database is its record (the owner's) or its versioned copy (the others');
  // every replica hears a new version by NOTIFY and re-reads it on a short timer as a safety net.
  const lockdown = new LockdownRegistry(dataSource);
  await lockdown.load();
  const stopWatch = watchLockdowns(lockdown, { databaseUrl, rereadMs: envInt('LOCKDOWN_REREAD_MS', 500), logger });
  // Single-use contexts: nonces in this database, so every replica of the service refuses a replay.
  const nonces = new ContextNonces(dataSource);
  const background = new Pool({ connectionString: databaseUrl, max: 1, idleTimeoutMillis: 10_000 });
  background.on('error', () => undefined);
  const stopPurge = purgeExpiredNonces((sql) => background.query(sql), envInt('NONCE_PURGE_MS', 30_000), logger);
  const references = new ReferenceChecker(secret, {
    organisations: options.subgraphUrls?.organisations ?? subgraphUrl('organisations'),
    'forum-seasons': options.subgraphUrls?.['forum-seasons'] ?? subgraphUrl('forum-seasons'),
  });
  const domain = definition.createDomain(dataSource, { lockdown, secret, logger, references });
  // Replicas keep their copy of the lockdown list in step with the organisations subgraph.
  const stopSync =
    definition.ownsLockdowns || options.lockdownSourceUrl === null
      ? () => undefined
      : startLockdownSync(
          lockdown,
          () => pullLockdowns(options.lockdownSourceUrl ?? subgraphUrl('organisations'), secret),
          options.lockdownSyncMs ?? envInt('LOCKDOWN_SYNC_MS', 15_000),
          logger,
        );
  const apollo = new ApolloServer<RequestContext<TLoaders, TDomain>>({
    schema,
    // The gateway needs the subgraph's SDL (`_service`); introspection of the subgraph itself stays internal.
    introspection: envBool('SUBGRAPH_INTROSPECTION', false),
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours: stop accepting, finish in-flight requests, close the pool, exit.
    stopOnTerminationSignals: false,
    formatError: maskErrors(logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      operationResolutionPlugin(),
      requestLoggingPlugin(logger),
      metricsPlugin(definition.name),
    ],
    logger: apolloLogger(logger),
  });
  await apollo.start();
  // pg's pool behind TypeORM: connections in use, idle and waited for, in /metrics.
  const stopPoolMetrics = registerPoolMetrics(definition.name, () => (dataSource.driver as unknown as { master?: PoolCounts }).master);

  const maxAgeMs = envInt('CONTEXT_MAX_AGE_MS', DEFAULT_CONTEXT_MAX_AGE_MS);
  const trust = { audience: definition.name, secret, maxAgeMs, nonces, logger };
  const signedContexts = new WeakMap<IncomingMessage, ForwardedContext>();
  const context = async (request: IncomingMessage, requestId: string): Promise<RequestContext<TLoaders, TDomain>> => {
    const forwarded = verifiedContext(request, trust);
    signedContexts.set(request, forwarded);
    return {
      viewer: forwarded.viewer,
      locale: forwarded.locale,
      requestId: forwarded.requestId || requestId,
      logger: logger.child({ requestId: forwarded.requestId || requestId }),
      loaders: definition.createLoaders(dataSource),
      domain,
      lockdown,
    };
  };
  const server = createGraphqlHttpServer({
    apollo,
    countSql: true,
    logger,
    context,
    // The body as received must be the one signed, and the context must not have been used before.
    verifyBody: async (request, rawBody) => verifyOnce(request, signedContexts.get(request)!, rawBody, trust),
    routes: (request, response, url) =>
      lockdownRoute(request, response, url, { trust, lockdown, owner: Boolean(definition.ownsLockdowns) }),
    ready: async () => {
      await dataSource.query('SELECT 1');
      return true;
    },
  });
  const host = options.host ?? envString('HOST', '127.0.0.1');
  const listenPort = options.port ?? envInt('PORT', SUBGRAPH_DEFAULT_PORTS[definition.name]);
  const port = await listen(server, listenPort, host);
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/graphql`;
  logger.info('subgraph listening', { url });
  const metrics = await startMetricsServer({ ...metricsListenFromEnv(listenPort), ...options.metrics }, logger);
  let stopped: Promise<void> | undefined;
  return {
    name: definition.name,
    url,
    port,
    metricsUrl: metrics.url,
    dataSource,
    sqlCounter,
    lockdown,
    references,
    domain,
    server,
    // Idempotent: a test may stop a subgraph (to simulate an outage) before disposing of it.
    stop: () =>
      (stopped ??= (async () => {
        stopSync();
        stopPurge();
        stopPoolMetrics();
        await Promise.all([close(server), metrics.stop()]);
        await apollo.stop();
        await stopWatch();
        await background.end().catch(() => undefined);
        await dataSource.destroy();
      })()),
  };
}

interface ContextTrust {
  /** This subgraph's name: contexts signed for another subgraph are refused. */
  audience: string;
  secret: string;
  maxAgeMs: number;
  nonces: ContextNonces;
  logger: Logger;
}

const REFUSED = 'Only the ICSSI gateway and services may call this service';

/** Signature, shape, audience and age of the request's context, or 401 before the body is read. */
function verifiedContext(request: Request, trust: ContextTrust): ForwardedContext {
  const header = request.headers[CONTEXT_HEADER];
  const forwarded = verifyContext(typeof header === 'string' ? header : undefined, trust.secret, trust);
  if (!forwarded) throw new HttpError(401, 'UNAUTHENTICATED', REFUSED);
  return forwarded;
}

/** The signed digest matches this request, and its nonce is used here for the first time (else 401). */
async function verifyOnce(request: Request, forwarded: ForwardedContext, rawBody: string, trust: ContextTrust): Promise<void> {
  if (!checkRequestDigest(forwarded, request.method ?? 'GET', request.url ?? '', rawBody)) {
    throw new HttpError(401, 'UNAUTHENTICATED', REFUSED);
  }
  let first: boolean;
  try {
    first = await trust.nonces.claim(forwarded.nonce, forwarded.issuedAt + trust.maxAgeMs);
  } catch (error) {
    // No database, no single-use check: refused, answered like any other query that needs the
    // database now (a masked UNAVAILABLE the client may retry), not as a broken subgraph.
    if (isDatabaseUnavailable(error)) {
      trust.logger.warn('database unavailable', { at: 'context nonce', ...errorFields(error) });
      throw new HttpError(200, 'UNAVAILABLE', 'The service is temporarily unavailable');
    }
    throw error;
  }
  if (!first) throw new HttpError(401, 'UNAUTHENTICATED', REFUSED);
}

/**
 * GET /internal/lockdowns answers the list with its version (the owner reads it from its database
 * first); POST offers a copy the owner's list, refused with 409 when older than the one held. The
 * services' system identity only, signed for this subgraph and this body, once: not a user's nor
 * the anonymous context the gateway signs.
 */
async function lockdownRoute(
  request: Request,
  response: ServerResponse,
  url: URL,
  options: { trust: ContextTrust; lockdown: LockdownRegistry; owner: boolean },
): Promise<boolean> {
  if (url.pathname !== LOCKDOWN_PATH) return false;
  const forwarded = verifiedContext(request, options.trust);
  if (!isSystemViewer(forwarded.viewer)) throw new HttpError(403, 'FORBIDDEN', 'Only the ICSSI services may call this endpoint');
  const rawBody = await readBody(request, 5_000_000);
  await verifyOnce(request, forwarded, rawBody, options.trust);
  const send = (status: number, body?: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  };
  if (request.method === 'GET') {
    if (options.owner) await options.lockdown.refresh();
    send(200, options.lockdown.snapshot());
  } else if (request.method === 'POST' && !options.owner) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch {
      throw new HttpError(400, 'BAD_REQUEST', 'Invalid JSON');
    }
    const list = parseLockdownList(parsed);
    if (!list) throw new HttpError(400, 'BAD_REQUEST', 'Expected { version, subjects: [{ subjectType, subjectId }] }');
    const outcome = await options.lockdown.replace(list);
    send(outcome === 'refused' ? 409 : 200, { outcome, version: options.lockdown.version });
  } else {
    send(405, { error: 'Method not allowed' });
  }
  return true;
}

/** Process entry point of a subgraph: start, and stop cleanly on SIGTERM/SIGINT. */
export function runSubgraphProcess<TLoaders, TDomain>(definition: SubgraphDefinition<TLoaders, TDomain>): void {
  const logger = createLogger({ service: definition.name });
  startSubgraph(definition, { logger })
    .then((running) => exitGracefullyOnSignals({ logger, servers: [running.server], stop: running.stop }))
    .catch((error: unknown) => {
      logger.error('subgraph failed to start', { error: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    });
}
