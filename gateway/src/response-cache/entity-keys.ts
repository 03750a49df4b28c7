import {
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  TypeInfo,
  getNamedType,
  isInterfaceType,
  isObjectType,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * Every answer must know which entities it shows, whether or not the client selected their ids.
 * The gateway therefore asks, in every selection set, for `__typename` and `id` under aliases of
 * its own, reads them from the result, and removes them before anyone sees the result.
 */
export const TYPENAME_ALIAS = '_icssiCacheTypename';
export const ID_ALIAS = '_icssiCacheId';

/** Tag of every cached answer: purging it purges everything. */
export const ALL_TAG = 'all';
/** Tag of an answer showing a list (or a count) of the type: any write to that type may change it. */
export const listTag = (typeName: string) => `list:${typeName}`;
/** Tag of an answer showing a report: every write may change a figure in it. */
export const REPORT_TAG = 'report';

const aliased = (alias: string, name: string): FieldNode => ({
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: alias },
  name: { kind: Kind.NAME, value: name },
});

const withKeys = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentNode>>();

/** The document with the key aliases added to every selection set below the root (memoised per schema and document). */
export function documentWithEntityKeys(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  let bySchema = withKeys.get(schema);
  if (!bySchema) withKeys.set(schema, (bySchema = new WeakMap()));
  const known = bySchema.get(document);
  if (known) return known;
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  const typeInfo = new TypeInfo(schema);
  const transformed = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.SELECTION_SET](node: SelectionSetNode): SelectionSetNode | undefined {
        const parent = typeInfo.getParentType();
        if (!parent || roots.has(parent as never) || parent.name.startsWith('__')) return undefined;
        const added: FieldNode[] = [aliased(TYPENAME_ALIAS, '__typename')];
        if (isObjectType(parent) || isInterfaceType(parent)) {
          // Entities are keyed by a UUID `id`; reference data such as Governorate by an ID `code`.
          const key = ['id', 'code'].find((name) => {
            const field = parent.getFields()[name];
            return field && getNamedType(field.type).name === 'ID';
          });
          if (key) added.push(aliased(ID_ALIAS, key));
        }
        return { ...node, selections: [...node.selections, ...added] };
      },
    }),
  );
  bySchema.set(document, transformed);
  return transformed;
}

/**
 * Reads the entities a result shows and removes the aliases the gateway added: `<id>` for each
 * entity, `list:<Type>` for each list or connection of a type, `report` for reports.
 */
export function collectEntityTags(data: unknown, tags: Set<string> = new Set()): Set<string> {
  walk(data, tags);
  return tags;
}

function walk(value: unknown, tags: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      const typeName = item && typeof item === 'object' ? (item as Record<string, unknown>)[TYPENAME_ALIAS] : undefined;
      if (typeof typeName === 'string') tags.add(listTag(typeName));
      walk(item, tags);
    }
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const typeName = record[TYPENAME_ALIAS];
  if (typeof typeName === 'string') {
    const connection = /^(.+)(Connection|Edge)$/.exec(typeName);
    if (connection) tags.add(listTag(connection[1]));
    if (/Report$/.test(typeName)) tags.add(REPORT_TAG);
  }
  const id = record[ID_ALIAS];
  if (typeof id === 'string' && id) tags.add(id);
  for (const key of Object.keys(record)) walk(record[key], tags);
}

/** Removes the gateway's aliases from a result (after `collectEntityTags` read them). */
export function stripEntityKeys(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) stripEntityKeys(item);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  delete record[TYPENAME_ALIAS];
  delete record[ID_ALIAS];
  for (const key of Object.keys(record)) stripEntityKeys(record[key]);
}
