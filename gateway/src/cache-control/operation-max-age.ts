import {
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  TypeInfo,
  getNamedType,
  isCompositeType,
  isObjectType,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { FIELD_MAX_AGE, typeMaxAge } from './public-cache-hints';

/**
 * The max-age (seconds) of an operation's response for a shared cache: the minimum over every
 * field it selects. A field returning an object takes its field or type hint (0 when neither is
 * known); scalar fields take their parent's; root scalar fields and introspection are 0.
 */
export function operationMaxAge(schema: GraphQLSchema, document: DocumentNode): number {
  let maxAge = Number.POSITIVE_INFINITY;
  const typeInfo = new TypeInfo(schema);
  const rootTypes = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD](node) {
        const name = node.name.value;
        if (name === '__typename') return;
        const parent = typeInfo.getParentType();
        const type = typeInfo.getType();
        if (!parent || !type || name.startsWith('__')) {
          maxAge = 0;
          return;
        }
        const fieldHint = FIELD_MAX_AGE[`${parent.name}.${name}`];
        if (fieldHint !== undefined) maxAge = Math.min(maxAge, fieldHint);
        const named = getNamedType(type);
        if (isCompositeType(named)) {
          const age = typeMaxAge(named.name);
          if (age !== 'inherit') maxAge = Math.min(maxAge, age);
        } else if (isObjectType(parent) && rootTypes.has(parent.name) && fieldHint === undefined) {
          maxAge = 0;
        }
      },
    }),
  );
  return Number.isFinite(maxAge) ? maxAge : 0;
}
