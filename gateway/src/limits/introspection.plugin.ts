import { type ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { Role } from '@icssi/platform';
import { type GatewayContext } from '../gateway-context';

// Parsed documents are cached and reused by Apollo Server: look at each one once.
const introspecting = new WeakMap<DocumentNode, boolean>();

function introspects(document: DocumentNode): boolean {
  let found = introspecting.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.FIELD](node) {
        if (node.name.value === '__schema' || node.name.value === '__type') found = true;
      },
    });
    introspecting.set(document, found);
  }
  return found;
}

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
          if (introspects(document)) {
            throw new GraphQLError('Introspection is available to analysts (ADMIN or BRIDGE) only.', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
