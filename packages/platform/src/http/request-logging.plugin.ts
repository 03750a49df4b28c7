import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { requestSqlCount } from '../database/sql-statement-counter';
import { type Logger } from '../logging/logger';

/**
 * One JSON log line per GraphQL request with the request id the gateway passes on, so a request
 * can be followed from the gateway through every subgraph. Never logs variables (personal data).
 */
export function requestLoggingPlugin<TContext extends BaseContext & { requestId?: string }>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart(requestContext) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, response }) {
          // Null where the server does not count statements (the gateway).
          const sql = requestSqlCount();
          logger.info('graphql request', {
            requestId: requestContext.contextValue.requestId,
            operation: operationName ?? null,
            status: response.http.status ?? 200,
            errors: errors?.length ?? 0,
            // Subgraphs say what the request cost their database (the benchmark reads it).
            ...(sql === null ? {} : { sql }),
            ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          });
        },
      };
    },
  };
}
