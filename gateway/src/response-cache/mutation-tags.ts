import { type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode, getNamedType, isObjectType, visit } from 'graphql';
import { ALL_TAG, REPORT_TAG, listTag } from './entity-keys';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What can be an entity key (a UUID, a governorate code): short, no spaces. Notes and names are not. */
const KEY_LIKE = /^[A-Za-z0-9][A-Za-z0-9:_.-]{1,63}$/;

/** Every key-like string among the operation's literal arguments and its variables. */
function argumentStrings(document: DocumentNode, variables: Record<string, unknown> | undefined): string[] {
  const found: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      if (KEY_LIKE.test(value)) found.push(value);
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(variables ?? {});
  visit(document, {
    [Kind.STRING](node) {
      collect(node.value);
    },
  });
  return found;
}

/** Mutations that hide or show a subject everywhere: they empty the cache (rare, and safety first). */
const LOCKDOWN = /^(lockdown|unlock|lift)/i;

/** Whether the operation hides or shows a subject everywhere (a lockdown or its end). */
export function isLockdown(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && LOCKDOWN.test(selection.name.value));
}

/**
 * The tags a mutation invalidates: every entity key it names (ids and codes in its arguments and
 * variables) or returns, the lists of every entity type its payloads can carry (a write can move a record into
 * or out of a filtered list), and reports. A lockdown invalidates everything.
 */
export function mutationTags(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  resultTags: Iterable<string>,
): string[] {
  if (isLockdown(operation)) return [ALL_TAG];
  const tags = new Set<string>([REPORT_TAG]);
  const mutationType = schema.getMutationType();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const payload = mutationType?.getFields()[selection.name.value];
    const payloadType = payload && getNamedType(payload.type);
    if (!payloadType || !isObjectType(payloadType)) continue;
    for (const field of Object.values(payloadType.getFields())) {
      const type = getNamedType(field.type);
      if (isObjectType(type) && type.getFields().id) tags.add(listTag(type.name));
    }
    if (payloadType.getFields().id) tags.add(listTag(payloadType.name));
  }
  for (const value of argumentStrings(document, variables)) tags.add(UUID.test(value) ? value.toLowerCase() : value);
  for (const tag of resultTags) if (!tag.startsWith('list:')) tags.add(tag);
  return [...tags];
}
