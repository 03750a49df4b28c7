import { type ApolloServerPlugin } from '@apollo/server';
import { type GatewayContext } from '../gateway-context';

/**
 * `Content-Language` on every GraphQL response: the locale the request resolved to (from
 * Accept-Language), which is the language of every plain localized field unless that field's
 * `…Text.isFallback` says otherwise. Caches already vary by Accept-Language.
 */
export function contentLanguagePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set('content-language', contextValue.locale);
        },
      };
    },
  };
}
