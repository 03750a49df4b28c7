import { type ApolloServerPlugin } from '@apollo/server';
import { type GatewayContext } from '../gateway-context';
import { operationMaxAge } from './operation-max-age';

/**
 * HTTP Cache-Control for the gateway's responses. Only an anonymous GET of a query that succeeded
 * and selects nothing uncacheable is `public, max-age=N` (N from the cache hints), so a CDN or a
 * browser may keep it; it varies by language. Everything else — a caller with a token, a POST, a
 * mutation, any error — is `no-store` (`private, no-store` with a token).
 */
export function httpCacheControlPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue, document, operation, schema, errors }) {
          const headers = response.http.headers;
          headers.set('vary', 'Accept-Language, Authorization, Origin');
          if (contextValue.viewer.id) {
            headers.set('cache-control', 'private, no-store');
            return;
          }
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const cacheable =
            request.http?.method === 'GET' &&
            operation?.operation === 'query' &&
            document &&
            !errors?.length &&
            single &&
            !single.errors?.length;
          const maxAge = cacheable ? operationMaxAge(schema, document) : 0;
          headers.set('cache-control', maxAge > 0 ? `public, max-age=${maxAge}` : 'no-store');
        },
      };
    },
  };
}
