import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A document with several operations and no (or an unknown) operation name is the client's
 * mistake: answer 400. Without this, a gateway answers 500 for it.
 */
export function operationResolutionPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
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
