import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { type GraphQLSchema } from 'graphql';
import { envBool } from '../config/env';
import { maskErrors } from '../http/mask-errors';
import { operationResolutionPlugin } from '../http/operation-resolution.plugin';
import { requestLoggingPlugin } from '../http/request-logging.plugin';
import { apolloLogger, type Logger } from '../logging/logger';
import { metricsPlugin } from '../metrics/metrics.plugin';

/** Apollo Server for one subgraph, started: errors masked, requests logged and measured, nothing reported outside. */
export async function startSubgraphApollo<TContext extends BaseContext>(
  name: string,
  schema: GraphQLSchema,
  logger: Logger,
): Promise<ApolloServer<TContext>> {
  const apollo = new ApolloServer<TContext>({
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
      metricsPlugin(name),
    ],
    logger: apolloLogger(logger),
  });
  await apollo.start();
  return apollo;
}
