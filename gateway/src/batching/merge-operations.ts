import { type DocumentNode, type FieldNode, Kind, type OperationDefinitionNode, OperationTypeNode, parse, print, visit } from 'graphql';

/**
 * Merges queries for one subgraph into one document: each part's variables, fragments and root
 * fields get a `b<k>_` prefix, so they cannot clash, and the answer is split back by that prefix.
 * The gateway's query planner sends, e.g., the names of a campaign's governorates and of its lead
 * working group as two parallel fetches to the organisations subgraph; merged, they are one.
 */
export interface SubgraphOperation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface SubgraphAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ path?: Array<string | number>; [key: string]: unknown }>;
  [key: string]: unknown;
}

export interface MergedOperation {
  body: SubgraphOperation;
  split(answer: SubgraphAnswer): SubgraphAnswer[];
}

const parsedQueries = new Map<string, DocumentNode | null>();
const mergedQueries = new Map<string, { query: string; name: string; rootKeys: string[][] }>();
const CACHE_LIMIT = 1000; // distinct subgraph queries of the real operations: a few hundred at most

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/** The query as a document that can be merged (one query operation, fields at the root), else null. */
function mergeable(query: string): DocumentNode | null {
  const known = parsedQueries.get(query);
  if (known !== undefined) return known;
  let document: DocumentNode | null = null;
  try {
    const parsed = parse(query, { noLocation: true });
    const operations = parsed.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const ok =
      operations.length === 1 &&
      operations[0].operation === OperationTypeNode.QUERY &&
      operations[0].selectionSet.selections.every((s) => s.kind === Kind.FIELD);
    document = ok ? parsed : null;
  } catch {
    document = null;
  }
  return remember(parsedQueries, query, document);
}

export function canMerge(operation: SubgraphOperation): boolean {
  return mergeable(operation.query) !== null;
}

function prefixed(
  document: DocumentNode,
  prefix: string,
): { operation: OperationDefinitionNode; fragments: DocumentNode['definitions']; rootKeys: string[] } {
  const rootKeys: string[] = [];
  const renamed = visit(document, {
    Variable: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
    FragmentSpread: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
    FragmentDefinition: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
  });
  const operation = renamed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const selections = operation.selectionSet.selections.map((selection) => {
    const field = selection as FieldNode;
    const key = field.alias?.value ?? field.name.value;
    rootKeys.push(key);
    return { ...field, alias: { kind: Kind.NAME, value: prefix + key } } as FieldNode;
  });
  return {
    operation: { ...operation, selectionSet: { ...operation.selectionSet, selections } },
    fragments: renamed.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION),
    rootKeys,
  };
}

/** One operation for all parts (each must pass canMerge). */
export function mergeOperations(parts: SubgraphOperation[]): MergedOperation {
  const cacheKey = parts.map((part) => part.query).join('\u0000');
  let merged = mergedQueries.get(cacheKey);
  if (!merged) {
    const pieces = parts.map((part, k) => prefixed(mergeable(part.query) as DocumentNode, `b${k}_`));
    const name = (parts[0].operationName ?? 'Batch').replace(/[^_0-9A-Za-z]/g, '_');
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          kind: Kind.OPERATION_DEFINITION,
          operation: OperationTypeNode.QUERY,
          name: { kind: Kind.NAME, value: `${name}__batch` },
          variableDefinitions: pieces.flatMap((piece) => piece.operation.variableDefinitions ?? []),
          directives: [],
          selectionSet: { kind: Kind.SELECTION_SET, selections: pieces.flatMap((piece) => piece.operation.selectionSet.selections) },
        },
        ...pieces.flatMap((piece) => piece.fragments),
      ],
    };
    merged = remember(mergedQueries, cacheKey, {
      query: print(document),
      name: `${name}__batch`,
      rootKeys: pieces.map((piece) => piece.rootKeys),
    });
  }
  const { query, name, rootKeys } = merged;
  const variables: Record<string, unknown> = {};
  parts.forEach((part, k) => {
    for (const [name, value] of Object.entries(part.variables ?? {})) variables[`b${k}_${name}`] = value;
  });
  return {
    body: { query, variables, operationName: name },
    split(answer) {
      return parts.map((_, k) => {
        const prefix = `b${k}_`;
        const data = answer.data ? Object.fromEntries(rootKeys[k].map((key) => [key, answer.data?.[prefix + key] ?? null])) : answer.data;
        // An error with a path belongs to the part whose field it names; one without, to every part.
        const errors = (answer.errors ?? [])
          .filter((error) => !error.path || String(error.path[0]).startsWith(prefix))
          .map((error) => (error.path ? { ...error, path: [String(error.path[0]).slice(prefix.length), ...error.path.slice(1)] } : error));
        return { data, ...(errors.length ? { errors } : {}) };
      });
    },
  };
}
