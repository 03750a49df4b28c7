import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit } from 'graphql';
import { Role } from '@icssi/platform';
import { GatewayContext } from '../gateway-context';

/** Who may introspect: everybody (development) or the analysts' roles only (production default). */
export type IntrospectionPolicy = 'everyone' | 'analysts';

/**
 * Introspection (`__schema`, `__type`) maps the whole API: in production only ADMIN and BRIDGE
 * analysts may run it. `__typename` stays allowed for everyone.
 */
export function introspectionPlugin(policy: IntrospectionPolicy): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (policy === 'everyone') return;
          if (contextValue.viewer.roles.some((role) => role === Role.ADMIN || role === Role.BRIDGE)) return;
          let introspects = false;
          visit(document, {
            [Kind.FIELD](node) {
              if (node.name.value === '__schema' || node.name.value === '__type') introspects = true;
            },
          });
          if (introspects) {
            throw new GraphQLError('Introspection is available to analysts (ADMIN or BRIDGE) only.', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
