import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type Logger, errorFields, operationLabel } from '@icssi/platform';
import { type GatewayContext } from '../gateway-context';
import { responseCacheKey } from './cache-key';
import { type CacheShortcut } from './cache-shortcut';
import { type CdnPurge } from './cdn-purge';
import { ALL_TAG } from './entity-keys';
import { type EntityTagsByContext } from './entity-tagging-gateway';
import { isLockdown, mutationTags } from './mutation-tags';
import { type ResponseCacheStore } from './response-cache-store';
import { setSurrogateKeys } from './surrogate-keys';

export interface ResponseCachePluginOptions {
  /** null: nothing is cached, but answers still carry their surrogate keys and writes still purge the CDN. */
  store: ResponseCacheStore | null;
  ttlMs: number;
  tagsByContext: EntityTagsByContext;
  purge: CdnPurge | null;
  logger: Logger;
  /**
   * After a lockdown the cache is emptied again after each of these delays (ms): a subgraph replica
   * that learns of the lockdown late (it re-reads the list every LOCKDOWN_SYNC_MS) may have answered
   * a read with the subject still visible in between.
   */
  lockdownRepeatsMs: number[];
  /** Answers known request bodies before the pipeline (null without a store). */
  shortcut: CacheShortcut | null;
}

/**
 * Serves anonymous queries from the response cache and stores their answers with the entities they
 * show; a caller with a token always bypasses it. Every mutation, whoever sends it, invalidates
 * the entities it touched before its own answer leaves, and asks the CDN to purge them.
 * `X-Response-Cache` says hit, miss or bypass.
 */
export function responseCachePlugin({
  store,
  ttlMs,
  tagsByContext,
  purge,
  logger,
  lockdownRepeatsMs,
  shortcut,
}: ResponseCachePluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      let key: string | null = null;
      let readAt = Number.NaN;
      let hitTags: string[] | null = null;
      const anonymous = !contextValue.viewer.id;
      return {
        async responseForOperation({ operation, queryHash, operationName, request, schema }) {
          if (!store || !anonymous || operation.operation !== 'query' || !queryHash) return null;
          key = responseCacheKey({ schema, queryHash, operationName, variables: request.variables, locale: contextValue.locale });
          try {
            const read = await store.get(key);
            readAt = read.readAt;
            if (!read.answer) return null;
            hitTags = read.answer.tags;
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data: read.answer.data } },
            };
          } catch (error) {
            key = null;
            contextValue.logger.warn('response cache not read', errorFields(error));
            return null;
          }
        },
        async willSendResponse({ operation, operationName, document, request, response, schema, errors }) {
          if (operation?.operation === 'mutation' && document) {
            // Neither a cache nor a CDN to purge: nothing to invalidate.
            if (!store && !purge) return;
            const tags = mutationTags(schema, operation, document, request.variables, tagsByContext.get(contextValue) ?? []);
            if (store)
              await store
                .invalidate(tags)
                .catch((error: unknown) => logger.warn('response cache not invalidated', { tags: tags.length, ...errorFields(error) }));
            void purge?.(tags);
            if (isLockdown(operation)) {
              for (const delay of lockdownRepeatsMs) {
                setTimeout(() => {
                  store
                    ?.invalidate(tags)
                    .catch((error: unknown) => logger.warn('response cache not emptied after a lockdown', errorFields(error)));
                  void purge?.(tags);
                }, delay).unref();
              }
            }
            return;
          }
          const headers = response.http.headers;
          if (operation?.operation !== 'query' || !anonymous) {
            headers.set('x-response-cache', 'bypass');
            return;
          }
          headers.set('x-response-cache', hitTags ? 'hit' : key ? 'miss' : 'bypass');
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (!single?.data || single.errors?.length || errors?.length) return;
          // Neither a cache nor a CDN to purge: the answers' entities are not read, so there are no keys to name.
          if (!store && !purge) return;
          const tags = hitTags ?? [...(tagsByContext.get(contextValue) ?? []), ALL_TAG];
          setSurrogateKeys(headers, tags);
          if (store && key) shortcut?.remember(contextValue, key, headers, operationLabel(operationName ?? null));
          if (store && key && !hitTags && Number.isFinite(readAt)) {
            store
              .set(key, { data: single.data, tags }, ttlMs, readAt)
              .catch((error: unknown) => contextValue.logger.warn('response cache not written', errorFields(error)));
          }
        },
      };
    },
  };
}
