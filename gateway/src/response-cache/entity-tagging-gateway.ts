import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { collectEntityTags, documentWithEntityKeys, stripEntityKeys } from './entity-keys';

/** The entities each request's result showed, by the request's context object. */
export type EntityTagsByContext = WeakMap<object, Set<string>>;

/**
 * Wraps the gateway so every operation also fetches the key of each entity it shows; the tags are
 * kept per request (for the cache and the CDN headers) and the added fields never reach the client.
 * Every operation is rewritten the same way, so query plans cached by operation hash stay right.
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
        const document = documentWithEntityKeys(requestContext.schema, requestContext.document);
        const result = await executor({ ...requestContext, document });
        tagsByContext.set(requestContext.context, collectEntityTags(result.data));
        stripEntityKeys(result.data);
        return result;
      };
      return { ...loaded, executor: tagging };
    },
  };
}
