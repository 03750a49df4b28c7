import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { collectEntityTags, documentWithEntityKeys, stripEntityKeys } from './entity-keys';

/** The entities each request's result showed, by the request's context object. */
export type EntityTagsByContext = WeakMap<object, Set<string>>;

/**
 * Wraps the gateway so every operation also fetches the key of each entity it shows; the tags are
 * kept per request (for the cache and the CDN headers) and the added fields never reach the client.
 * Anonymous queries and all mutations are rewritten (the cache and its invalidation use the keys);
 * their plans are cached under a hash of their own.
 */
export function entityTaggingGateway(gateway: GatewayInterface, tagsByContext: EntityTagsByContext): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      const executor = loaded.executor;
      if (!executor) return loaded;
      const tagging: GatewayExecutor = async (requestContext) => {
        // A token holder's query is never cached nor named to a CDN: it runs as sent, under its own plan.
        const viewer = (requestContext.context as { viewer?: { id?: string | null } }).viewer;
        if (viewer?.id && requestContext.operation.operation === 'query') return executor(requestContext);
        const document = documentWithEntityKeys(requestContext.schema, requestContext.document);
        // Query plans are cached by this hash: the rewritten document must not share the plan of the one as sent.
        const result = await executor({ ...requestContext, document, queryHash: `${requestContext.queryHash}:keys` });
        tagsByContext.set(requestContext.context, collectEntityTags(result.data));
        stripEntityKeys(result.data);
        return result;
      };
      return { ...loaded, executor: tagging };
    },
  };
}
