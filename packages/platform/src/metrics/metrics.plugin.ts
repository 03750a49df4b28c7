import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { graphqlRequestDuration, graphqlRequests, operationLabel } from './metrics';

/** Counts GraphQL requests by operation and outcome and records their latency. */
export function metricsPlugin<TContext extends BaseContext>(service: string): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const stopTimer = graphqlRequestDuration.startTimer();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const status = response.http.status ?? 200;
          const outcome = status >= 500 ? 'http_5xx' : status >= 400 ? 'http_4xx' : errors?.length ? 'error' : 'ok';
          const operation = operationLabel(operationName);
          graphqlRequests.inc({ service, operation, outcome });
          stopTimer({ service, operation });
        },
      };
    },
  };
}
