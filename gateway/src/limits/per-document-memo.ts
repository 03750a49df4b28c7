import type { DocumentNode, GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { stableJson } from '../response-cache/cache-key';

/**
 * Remembers a pure function of (schema, document, operation name, variables): a page's visitors
 * send the same few operations with the same few variables, and walking the document with type
 * information for every request (cost, argument checks) was half of what a cached answer cost.
 * Kept per document (released with it), the last `perDocument` variable sets each.
 */
export function perDocumentMemo<T>(perDocument = 256) {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, LRUCache<string, { value: T }>>>();
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
    compute: () => T,
  ): T => {
    let byDocument = bySchema.get(schema);
    if (!byDocument) bySchema.set(schema, (byDocument = new WeakMap()));
    let results = byDocument.get(document);
    if (!results) byDocument.set(document, (results = new LRUCache({ max: perDocument })));
    const key = `${operationName ?? ''}\0${stableJson(variables)}`;
    const known = results.get(key);
    if (known) return known.value;
    // A throw (variables that do not fit) is not remembered: it is thrown again next time.
    const value = compute();
    results.set(key, { value });
    return value;
  };
}
