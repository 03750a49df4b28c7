import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  IntValueNode,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

export interface QueryLimits {
  /** Deepest nesting of fields. */
  maxDepth: number;
  /** Aliased fields in one document (alias bombs). */
  maxAliases: number;
  /** Fields at the root of one operation. */
  maxRootFields: number;
  /** Estimated work: every field counts 1, times the page size of each list it is inside. */
  maxCost: number;
}

/** Defaults sized for the region frontends' real pages (examples/ cost at most a few thousand). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 20, maxRootFields: 12, maxCost: 50_000 };

const DEFAULT_PAGE = 20; // a connection without `first`
const UNPAGED_LIST = 10; // a plain list field, e.g. a council's governorate list

function pageSizeOf(field: FieldNode, variables: Record<string, unknown>): number | null {
  const first = field.arguments?.find((arg) => arg.name.value === 'first');
  if (!first) return null;
  if (first.value.kind === Kind.INT) return Number((first.value as IntValueNode).value);
  if (first.value.kind === Kind.VARIABLE) {
    const value = variables[first.value.name.value];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

interface Measure {
  depth: number;
  cost: number;
}

/**
 * Walks a selection set with fragments inlined (each fragment at most once per path, so fragment
 * cycles cannot loop) and measures its depth and cost.
 */
function measure(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  listFields: (field: FieldNode) => 'connection' | 'list' | 'single',
  variables: Record<string, unknown>,
  seen: Set<string>,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    let inner: Measure = { depth: 0, cost: 0 };
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const child = selection.selectionSet ? measure(selection.selectionSet, fragments, listFields, variables, seen) : { depth: 0, cost: 0 };
      const kind = listFields(selection);
      const multiplier = kind === 'connection' ? (pageSizeOf(selection, variables) ?? DEFAULT_PAGE) : kind === 'list' ? UNPAGED_LIST : 1;
      inner = { depth: child.depth + 1, cost: 1 + Math.max(multiplier, 1) * child.cost };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, listFields, variables, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      inner = measure(fragment.selectionSet, fragments, listFields, variables, new Set([...seen, name]));
    }
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
  }
  return { depth, cost };
}

interface DocumentShape {
  /** Whether each field returns a connection (paged by `first`), a plain list, or a single value. */
  kinds: Map<FieldNode, 'connection' | 'list' | 'single'>;
  aliases: number;
}

// Apollo Server hands the same parsed document for the same query text (its document cache), so
// the schema walk is done once per operation text, not per request; only the cost uses variables.
const shapes = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentShape>>();

function shapeOf(schema: GraphQLSchema, document: DocumentNode): DocumentShape {
  let bySchema = shapes.get(schema);
  if (!bySchema) shapes.set(schema, (bySchema = new WeakMap()));
  const known = bySchema.get(document);
  if (known) return known;
  const kinds = new Map<FieldNode, 'connection' | 'list' | 'single'>();
  let aliases = 0;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.alias) aliases += 1;
        const type = typeInfo.getType();
        const named = type ? type.toString() : '';
        // A connection's `nodes` and `edges` are the page already counted at the connection.
        const inPage = (node.name.value === 'nodes' || node.name.value === 'edges') && /Connection$/.test(typeInfo.getParentType()?.name ?? '');
        kinds.set(node, /Connection!?$/.test(named) ? 'connection' : named.startsWith('[') && !inPage ? 'list' : 'single');
      },
    }),
  );
  const shape = { kinds, aliases };
  bySchema.set(document, shape);
  return shape;
}

/** What the limits find in one operation; an empty list means it may run. */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): string[] {
  const problems: string[] = [];
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const { kinds, aliases } = shapeOf(schema, document);
  const roots = operation.selectionSet.selections.filter((selection) => selection.kind !== Kind.FIELD || !selection.name.value.startsWith('__'));
  if (roots.length > limits.maxRootFields) problems.push(`The operation has ${roots.length} root fields; at most ${limits.maxRootFields} are allowed.`);
  if (aliases > limits.maxAliases) problems.push(`The document has ${aliases} aliases; at most ${limits.maxAliases} are allowed.`);
  const { depth, cost } = measure(operation.selectionSet, fragments, (field) => kinds.get(field) ?? 'single', variables, new Set());
  if (depth > limits.maxDepth) problems.push(`The query is ${depth} levels deep; at most ${limits.maxDepth} are allowed.`);
  if (cost > limits.maxCost) problems.push(`The query would cost ${cost}; at most ${limits.maxCost} is allowed. Ask for smaller pages.`);
  return problems;
}

/**
 * Depth, alias, root-field and cost limits, checked for every request (with its variables) before
 * any subgraph is asked. A violation is a 400 with GRAPHQL_VALIDATION_FAILED.
 */
export function queryLimitsPlugin<TContext extends BaseContext>(limits: QueryLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problems = checkQueryLimits(schema, document, operation, request.variables ?? {}, limits);
          if (problems.length) {
            throw new GraphQLError(problems.join(' '), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
