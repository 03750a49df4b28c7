import { type Server } from 'node:http';
import { type DataSource } from 'typeorm';
import { envInt, envString } from '../config/env';
import { type ForwardedContext, contextSecret } from '../context/signed-context';
import { type RequestContext } from '../context/request-context';
import { serviceDatabaseUrl } from '../database/database-url';
import { type SqlStatementCounter } from '../database/sql-statement-counter';
import { close, listen } from '../http/graphql-http-server';
import { exitGracefullyOnSignals } from '../http/graceful-shutdown';
import { type PoolCounts, registerPoolMetrics } from '../metrics/metrics';
import { type MetricsListenOptions, metricsListenFromEnv, startMetricsServer } from '../metrics/metrics-server';
import { createLogger, type Logger } from '../logging/logger';
import { type SubgraphDefinition } from './subgraph-definition';
import { LockdownRegistry, startLockdownSync } from '../lockdown/lockdown-registry';
import { watchLockdowns } from '../lockdown/lockdown-watcher';
import { ReferenceChecker } from '../mutations/reference-checker';
import { pullLockdowns } from '../lockdown/lockdown-transport';
import { SUBGRAPH_DEFAULT_PORTS, subgraphUrl } from '../topology/topology';
import { startSubgraphApollo } from './apollo-server';
import { SignedContextCheck, startContextTrust } from './context-check';
import { createSubgraphHttpServer } from './subgraph-http';
import { lockdownRoutes } from './lockdown-routes';
import { type SeedMode, prepareDatabase, seedModeFromEnv } from './prepare-database';

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
  seed?: SeedMode;
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

/**
 * Starts one subgraph: database, schema, Apollo Server and HTTP. Every GraphQL request must carry
 * the context header signed by the gateway; anything else is refused with 401 before it is parsed
 * (context-check.ts).
 */
export async function startSubgraph<TLoaders, TDomain>(
  definition: SubgraphDefinition<TLoaders, TDomain>,
  options: StartSubgraphOptions = {},
): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger({ service: definition.name });
  const databaseUrl = options.databaseUrl ?? serviceDatabaseUrl(definition.name);
  const { dataSource, sqlCounter } = await prepareDatabase(definition, databaseUrl, options.seed ?? seedModeFromEnv(), logger);
  const schema = await definition.buildSchema();
  const secret = contextSecret();
  // The lockdown list: this database is its record (the owner's) or its versioned copy (the others');
  // every replica hears a new version by NOTIFY and re-reads it on a short timer as a safety net.
  const lockdown = new LockdownRegistry(dataSource);
  await lockdown.load();
  const stopWatch = watchLockdowns(lockdown, { databaseUrl, rereadMs: envInt('LOCKDOWN_REREAD_MS', 500), logger });
  const contextTrust = startContextTrust(definition.name, secret, dataSource, databaseUrl, logger);
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
  const apollo = await startSubgraphApollo<RequestContext<TLoaders, TDomain>>(definition.name, schema, logger);
  // pg's pool behind TypeORM: connections in use, idle and waited for, in /metrics.
  const stopPoolMetrics = registerPoolMetrics(definition.name, () => (dataSource.driver as unknown as { master?: PoolCounts }).master);

  const { trust } = contextTrust;
  const server = createSubgraphHttpServer({
    apollo,
    logger,
    check: new SignedContextCheck(trust),
    requestContext: (forwarded, requestId) => requestContextOf(forwarded, requestId, { definition, dataSource, domain, lockdown, logger }),
    internalRoutes: [lockdownRoutes({ trust, lockdown, owner: Boolean(definition.ownsLockdowns) })],
    dataSource,
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
        stopPoolMetrics();
        await Promise.all([close(server), metrics.stop()]);
        await apollo.stop();
        await stopWatch();
        await contextTrust.stop();
        await dataSource.destroy();
      })()),
  };
}

/** What the resolvers get for one verified request: its caller, fresh loaders, the shared domain and lockdown list. */
function requestContextOf<TLoaders, TDomain>(
  forwarded: ForwardedContext,
  requestId: string,
  shared: {
    definition: SubgraphDefinition<TLoaders, TDomain>;
    dataSource: DataSource;
    domain: TDomain;
    lockdown: LockdownRegistry;
    logger: Logger;
  },
): RequestContext<TLoaders, TDomain> {
  return {
    viewer: forwarded.viewer,
    locale: forwarded.locale,
    requestId: forwarded.requestId || requestId,
    logger: shared.logger.child({ requestId: forwarded.requestId || requestId }),
    loaders: shared.definition.createLoaders(shared.dataSource),
    domain: shared.domain,
    lockdown: shared.lockdown,
  };
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
