/**
 * What a process supervisor (`npm start`, stack/src/start.ts) needs from the platform, without the
 * rest of it: the package's index loads TypeORM, type-graphql and Apollo (about half a second of
 * CPU here), and the supervisor loaded that, and all four services, before it started PostgreSQL
 * or any process. Import it as `@icssi/platform/dist/supervision`; only light modules belong here.
 */
export { envInt, envOptional } from './config/env';
export { SERVICE_NODE_FLAGS } from './config/node-flags';
export { embeddedPostgresPort, embeddedServerUrl, serviceEnvPrefix } from './database/database-url';
export { type Logger, createLogger } from './logging/logger';
export { SUBGRAPH_NAMES, type SubgraphName, subgraphPort } from './topology/topology';
