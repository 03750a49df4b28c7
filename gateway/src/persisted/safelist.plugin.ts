import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type GatewayContext } from '../gateway-context';
import { type PersistedOperations } from './persisted-manifest';

/**
 * Safelist mode: an anonymous caller may run only the frontends' persisted operations, sent by id
 * or as the exact persisted text. Token holders (analysts, editors, the bridge team) may still send
 * any query. Checked once the operation is resolved: an error thrown from an earlier hook becomes a
 * 500 in Apollo Server, so a document that does not parse or validate is refused with 400 first.
 */
export function safelistPlugin(operations: PersistedOperations, enabled: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!enabled || contextValue.viewer.id) return;
      return {
        async didResolveOperation({ queryHash }) {
          if (operations.has(queryHash)) return;
          throw new GraphQLError(
            'Only the registered (persisted) operations of the ICSSI frontends may be run without a token. Send a persisted id, or sign in.',
            {
              extensions: { code: 'QUERY_NOT_IN_SAFELIST', http: { status: 403 } },
            },
          );
        },
      };
    },
  };
}
