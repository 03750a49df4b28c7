import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A document with several operations and no (or an unknown) operation name is the client's
 * mistake: answer 400. Without this, a gateway answers 500 for it. So is a subscription: the
 * graph has none, and Apollo's gateway would answer 500 for one too.
 */
export function operationResolutionPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          if (requestContext.operation?.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are not supported: this graph answers queries and mutations over HTTP.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          if (requestContext.operation) return;
          const name = requestContext.request.operationName;
          throw new GraphQLError(
            name ? `Unknown operation named "${name}".` : 'Must provide operation name if query contains multiple operations.',
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
