import type { IncomingMessage, Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import {
  type Logger,
  apolloLogger,
  close,
  contextSecret,
  createGraphqlHttpServer,
  createLogger,
  listen,
  type MetricsListenOptions,
  maskErrors,
  metricsListenFromEnv,
  metricsPlugin,
  operationResolutionPlugin,
  requestIdOf,
  requestLoggingPlugin,
  startMetricsServer,
  requireSubgraphName,
  subgraphUrl,
} from '@icssi/platform';
import { type GatewayConfig, gatewayConfigFromEnv, supergraphPath } from './config';
import { authConfigFromEnv, type AuthConfig } from './auth/auth-config';
import { createTokenVerifier } from './auth/verify-token';
import { type GatewayContext, gatewayContextFromRequest } from './gateway-context';
import { introspectionPlugin } from './limits/introspection.plugin';
import { queryCostPlugin, queryLimitRules } from './limits/query-limits';
import { scalarArgumentsPlugin } from './limits/scalar-arguments';
import { SignedDataSource } from './signed-data-source';
import { exportsRoute } from './exports/exports-route';
import { type PersistedConfig, persistedConfigFromEnv } from './persisted/persisted-config';
import { loadPersistedOperations } from './persisted/persisted-manifest';
import { PersistedOperationsCache } from './persisted/persisted-operations-cache';
import { safelistPlugin } from './persisted/safelist.plugin';
import { type IdeConfig, ideConfigFromEnv } from './ide/ide-config';
import { ideRoute } from './ide/ide-route';
import { httpCacheControlPlugin } from './cache-control/http-cache-control.plugin';
import { contentLanguagePlugin } from './i18n/content-language.plugin';
import { type SubgraphFetcher, createSubgraphFetcher } from './resilience/subgraph-fetcher';
import { supergraphFromFile } from './supergraph/supergraph-source';
import { clientAddress, trustedProxyList } from './rate-limit/client-address';
import { type RateLimitConfig, rateLimitConfigFromEnv } from './rate-limit/rate-limit-config';
import { admitRequest, chargeCost, weighByCost } from './rate-limit/rate-limit-refusal';
import { createRequestRateLimiter } from './rate-limit/request-rate-limiter';
import { type ResponseCacheConfig, responseCacheConfigFromEnv } from './response-cache/response-cache-config';
import { purgeOnLockdowns } from './response-cache/lockdown-purge';
import { createResponseCache } from './response-cache/response-cache';
import { responseCachePlugin } from './response-cache/response-cache.plugin';
import { entityTaggingGateway } from './response-cache/entity-tagging-gateway';

// The gateway must not report usage to Apollo (docs/architecture.md §4.5); set before the gateway starts.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

export interface GatewayOptions extends Partial<Omit<GatewayConfig, 'resilience'>> {
  /** Overrides of the environment's timeout, breaker and pool settings (tests). */
  resilience?: Partial<GatewayConfig['resilience']>;
  /** A fixed supergraph; by default schema/supergraph.graphql is read (never introspected) and reloaded on change or SIGHUP. */
  supergraphSdl?: string;
  /** The supergraph file to load and watch instead of SUPERGRAPH_PATH. */
  supergraphFile?: string;
  /** Subgraph URL per subgraph name; defaults to `<SUBGRAPH>_URL` or the local ports. */
  subgraphUrls?: Record<string, string>;
  auth?: AuthConfig;
  logger?: Logger;
  /** Persisted operations manifest and safelist mode; from the environment by default. */
  persisted?: Partial<PersistedConfig>;
  /** GraphiQL at GET /graphql for browsers; from the environment by default (off in production). */
  ide?: Partial<IdeConfig>;
  /** Request budgets per client address and token; from the environment by default. */
  rateLimit?: Partial<RateLimitConfig>;
  /** Where /metrics listens (not the public port); METRICS_PORT and METRICS_HOST by default. */
  metrics?: Partial<MetricsListenOptions>;
  /** Response cache for anonymous queries and CDN purge hook; from the environment by default. */
  responseCache?: Partial<ResponseCacheConfig>;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Prometheus metrics, on their own port. */
  metricsUrl: string;
  server: Server;
  /** Reads the supergraph file again (as SIGHUP does); false when it was refused or there is no file. */
  reloadSupergraph(): Promise<boolean>;
  stop(): Promise<void>;
}

/** Starts the gateway over the static supergraph, so a subgraph that is down does not stop it. */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const fromEnv = gatewayConfigFromEnv();
  const config = {
    ...fromEnv,
    ...stripUndefined(options),
    resilience: { ...fromEnv.resilience, ...stripUndefined(options.resilience ?? {}) },
  };
  const verifyToken = createTokenVerifier(options.auth ?? authConfigFromEnv());
  const persisted = { ...persistedConfigFromEnv(), ...options.persisted };
  const persistedOperations = loadPersistedOperations(persisted.manifestPath);
  const logger = options.logger ?? createLogger({ service: 'gateway' });
  const secret = contextSecret();
  const rateLimit = { ...rateLimitConfigFromEnv(), ...stripUndefined(options.rateLimit ?? {}) };
  const trustedProxies = trustedProxyList(rateLimit.trustedProxies);
  const limiter = createRequestRateLimiter(rateLimit, logger);
  const responseCacheConfig = { ...responseCacheConfigFromEnv(), ...stripUndefined(options.responseCache ?? {}) };
  const responseCache = createResponseCache(responseCacheConfig, logger, chargeCost(limiter, rateLimit.costPerPoint));
  // Every request pays on arrival: its address before the token is checked, then its token.
  const contextOf = async (request: IncomingMessage, requestId: string): Promise<GatewayContext> => {
    const address = clientAddress(request, trustedProxies);
    await admitRequest(limiter, { address, subject: null });
    const context = await gatewayContextFromRequest(request, requestId, logger, verifyToken, address);
    await admitRequest(limiter, { address: null, subject: context.viewer.id });
    return context;
  };
  const supergraphFile =
    options.supergraphSdl === undefined
      ? supergraphFromFile({ file: options.supergraphFile ?? supergraphPath(), logger, watch: config.watchSupergraph })
      : null;
  // One fetcher (connection pool, timeout, circuit breaker) per subgraph, kept across supergraph reloads.
  const fetchers = new Map<string, SubgraphFetcher>();
  const fetcherFor = (name: string): SubgraphFetcher => {
    let fetcher = fetchers.get(name);
    if (!fetcher) {
      fetcher = createSubgraphFetcher({ subgraph: name, logger, ...config.resilience });
      fetchers.set(name, fetcher);
    }
    return fetcher;
  };
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFile?.manager ?? options.supergraphSdl!,
    // Subgraph addresses come from configuration, not from the supergraph file (which names local defaults).
    buildService: ({ name }) =>
      new SignedDataSource({
        name,
        url: options.subgraphUrls?.[name] ?? subgraphUrl(requireSubgraphName(name)),
        secret,
        fetcher: fetcherFor(name),
        logger,
      }),
  });
  // Known request bodies were answered under the old schema: they go through the pipeline again.
  gateway.onSchemaLoadOrUpdate(() => responseCache.shortcut?.forget());
  const apollo = new ApolloServer<GatewayContext>({
    // Every operation also reads the keys of the entities it shows (for the response cache and CDN keys).
    // Not when nothing uses the keys (no cache, no CDN purge hook): they cost every fetch more fields.
    gateway: responseCache.store || responseCache.purge ? entityTaggingGateway(gateway, responseCache.tagsByContext) : gateway,
    // Allowed here, restricted per viewer by introspectionPlugin.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours: stop accepting, finish in-flight requests, close the pool, exit.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.maxTokens },
    validationRules: queryLimitRules(config.limits),
    // Persisted ids resolve from the frontends' manifest only; nothing is registered at run time.
    persistedQueries: { cache: new PersistedOperationsCache(persistedOperations), ttl: null },
    formatError: maskErrors(logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      // Cache-Control comes from the gateway's own cache hints (subgraphs send none).
      ApolloServerPluginCacheControlDisabled(),
      httpCacheControlPlugin(),
      // After Cache-Control is set: it may withdraw `public` when the answer's keys do not fit a header.
      responseCachePlugin(responseCache),
      contentLanguagePlugin(),
      operationResolutionPlugin(),
      safelistPlugin(persistedOperations, persisted.safelist),
      introspectionPlugin(config.introspection),
      scalarArgumentsPlugin(),
      queryCostPlugin(config.limits, weighByCost(limiter, rateLimit.costPerPoint)),
      requestLoggingPlugin(logger),
      metricsPlugin('gateway'),
    ],
    logger: apolloLogger(logger),
  });
  await apollo.start();
  // Replicas share budgets only once Redis is connected; do not wait long for it.
  await limiter.ready(2000);
  await responseCache.store?.ready(2000);
  const stopPurgeOnLockdowns = purgeOnLockdowns({
    store: responseCache.store,
    purge: responseCache.purge,
    organisationsUrl: options.subgraphUrls?.organisations ?? subgraphUrl('organisations'),
    secret,
    intervalMs: responseCacheConfig.lockdownFollowMs,
    logger,
  });
  const ide = ideRoute({ ...ideConfigFromEnv(), ...options.ide });
  const exportsHandler = exportsRoute(apollo, (request) => contextOf(request, requestIdOf(request)));
  const server = createGraphqlHttpServer({
    apollo,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    corsOrigins: config.corsOrigins,
    context: contextOf,
    answerEarly: responseCache.shortcut
      ? (request, rawBody, context) => responseCache.shortcut!.answer(request, rawBody, context)
      : undefined,
    routes: async (request, response, url) => (await ide(request, response, url)) || exportsHandler(request, response, url),
    // Ready once the supergraph is loaded, whichever subgraphs are up.
    ready: async () => true,
  });
  const port = await listen(server, config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/graphql`;
  logger.info('gateway listening', { url });
  const metrics = await startMetricsServer({ ...metricsListenFromEnv(config.port), ...stripUndefined(options.metrics ?? {}) }, logger);
  return {
    url,
    port,
    metricsUrl: metrics.url,
    server,
    reloadSupergraph: () => supergraphFile?.reload() ?? Promise.resolve(false),
    stop: async () => {
      stopPurgeOnLockdowns();
      await Promise.all([close(server), metrics.stop()]);
      await apollo.stop();
      await Promise.all([...fetchers.values()].map((fetcher) => fetcher.close()));
      await limiter.close();
      await responseCache.store?.close();
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export { authConfigFromEnv } from './auth/auth-config';
export type { AuthConfig } from './auth/auth-config';
export { issueToken } from './auth/issue-token';
export { createTokenVerifier } from './auth/verify-token';
