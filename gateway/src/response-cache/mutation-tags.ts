import { type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode, getNamedType, isObjectType, print } from 'graphql';
import { ALL_TAG, REPORT_TAG, listTag } from './entity-keys';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Mutations that hide or show a subject everywhere: they empty the cache (rare, and safety first). */
const LOCKDOWN = /^(lockdown|unlock|lift)/i;

/** Whether the operation hides or shows a subject everywhere (a lockdown or its end). */
export function isLockdown(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && LOCKDOWN.test(selection.name.value));
}

/**
 * The tags a mutation invalidates: every entity id it names (in its arguments and variables) or
 * returns, the lists of every entity type its payloads can carry (a write can move a record into
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
  for (const id of JSON.stringify(variables ?? {}).match(UUID) ?? []) tags.add(id.toLowerCase());
  for (const id of print(document).match(UUID) ?? []) tags.add(id.toLowerCase());
  for (const tag of resultTags) if (!tag.startsWith('list:')) tags.add(tag);
  return [...tags];
}
