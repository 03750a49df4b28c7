import { createHash } from 'node:crypto';
import { type GraphQLSchema, printSchema } from 'graphql';

const schemaIds = new WeakMap<GraphQLSchema, string>();

/** A hash of the API schema, so replicas on another supergraph (a rollout) never share answers. */
function schemaId(schema: GraphQLSchema): string {
  let id = schemaIds.get(schema);
  if (!id) schemaIds.set(schema, (id = createHash('sha256').update(printSchema(schema)).digest('hex').slice(0, 16)));
  return id;
}

/** JSON with object keys sorted: the same variables give the same key whatever their order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An answer's key: the operation (its persisted id or document hash, and name), its variables and the resolved language. */
export function responseCacheKey(parts: {
  schema: GraphQLSchema;
  queryHash: string;
  operationName: string | null;
  variables: Record<string, unknown> | undefined;
  locale: string;
}): string {
  return createHash('sha256')
    .update(schemaId(parts.schema))
    .update('\0')
    .update(parts.queryHash)
    .update('\0')
    .update(parts.operationName ?? '')
    .update('\0')
    .update(stableJson(parts.variables ?? {}))
    .update('\0')
    .update(parts.locale)
    .digest('hex');
}
