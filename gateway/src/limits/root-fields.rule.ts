import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/** Root fields of a selection, with fragment spreads and inline fragments on the root type expanded. */
function countRootFields(selectionSet: SelectionSetNode, context: ValidationContext, active: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, context, active);
    } else {
      const fragment = context.getFragment(selection.name.value);
      if (!fragment || active.has(fragment.name.value)) continue;
      active.add(fragment.name.value);
      count += countRootFields(fragment.selectionSet, context, active);
      active.delete(fragment.name.value);
    }
  }
  return count;
}

/**
 * At most `max` root fields per operation, counted where they run: a fragment spread on the root
 * type counts the fields it brings, each time it is spread.
 */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const count = countRootFields(operation.selectionSet, context, new Set());
      if (count > max) {
        context.reportError(
          new GraphQLError(`The operation has ${count} root fields; at most ${max} are allowed.`, { nodes: [operation] }),
        );
      }
    },
  });
}
