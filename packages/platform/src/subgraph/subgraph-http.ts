import { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext } from '@apollo/server';
import { type DataSource } from 'typeorm';
import { type ForwardedContext } from '../context/signed-context';
import { createGraphqlHttpServer } from '../http/graphql-http-server';
import { type Logger } from '../logging/logger';
import { type SignedContextCheck } from './context-check';

/** One route beside GraphQL (e.g. /internal/lockdowns); answers and returns true when the path is its own. */
export type InternalRoute = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;

export interface SubgraphHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  logger: Logger;
  check: SignedContextCheck;
  /** The resolvers' context for a caller whose signed context passed the header check. */
  requestContext: (forwarded: ForwardedContext, requestId: string) => TContext;
  /** Tried in order before GraphQL; each checks its own caller. */
  internalRoutes: readonly InternalRoute[];
  /** Readiness: the database answers. */
  dataSource: DataSource;
}

/**
 * The HTTP side of a subgraph: GraphQL behind the signed-context check (header before the body is
 * read, digest and nonce after), the internal routes, and readiness on the database.
 */
export function createSubgraphHttpServer<TContext extends BaseContext>(options: SubgraphHttpOptions<TContext>): Server {
  const { check } = options;
  return createGraphqlHttpServer({
    apollo: options.apollo,
    countSql: true,
    logger: options.logger,
    context: async (request, requestId) => options.requestContext(check.header(request), requestId),
    verifyBody: (request, rawBody) => check.body(request, rawBody),
    routes: async (request, response, url) => {
      for (const route of options.internalRoutes) if (await route(request, response, url)) return true;
      return false;
    },
    ready: async () => {
      await options.dataSource.query('SELECT 1');
      return true;
    },
  });
}
