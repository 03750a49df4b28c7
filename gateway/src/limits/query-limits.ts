import { type ApolloServerPlugin, type BaseContext, type GraphQLRequestContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { operationCost } from './query-cost';
import { maxRootFieldsRule } from './root-fields.rule';
import { NO_OWNERS, type SupergraphOwners, supergraphOwners } from './supergraph-owners';
import { perDocumentMemo } from './per-document-memo';

export interface QueryLimits {
  /** Deepest nesting of fields (fragments flattened where they are spread). */
  maxDepth: number;
  /** Aliased fields in one operation, those inside fragments included. */
  maxAliases: number;
  /** Fields at the root of one operation, those inside fragments included. */
  maxRootFields: number;
  /** Estimated work (see query-cost.ts and report-cost.ts). */
  maxCost: number;
}

/**
 * Defaults sized for the region frontends' real pages and the bridge team's reports: examples/ and
 * clients/ cost at most ~37,000, a year's region reports with every figure ~3,000, a series of 40
 * quarters of one subgraph's figures ~20,000; twelve series of 40 quarters with every figure ~1.5 million.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 20, maxRootFields: 12, maxCost: 50_000 };

// graphql-armor prefixes its messages with "Syntax Error: " and may throw (a 500 in Apollo Server):
// report a plain validation error instead.
const reportAs = (message: (found: string) => string) => [
  (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1] ?? 'too many';
    context?.reportError(new GraphQLError(message(found)));
  },
];

/**
 * Depth, alias and root-field limits as validation rules (graphql-armor for depth and aliases):
 * they depend on the document only, so Apollo Server checks them once per document text, and a
 * violation is a 400 with GRAPHQL_VALIDATION_FAILED before any subgraph is asked.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: reportAs((found) => `The query is ${found} levels deep; at most ${limits.maxDepth} are allowed.`),
    }) as unknown as ValidationRule,
    maxAliasesRule({
      n: limits.maxAliases,
      // Every alias counts, `__typename` ones too.
      allowList: [],
      propagateOnRejection: false,
      onReject: reportAs((found) => `The operation has ${found} aliases; at most ${limits.maxAliases} are allowed.`),
    }) as unknown as ValidationRule,
    maxRootFieldsRule(limits.maxRootFields),
  ];
}

const refuse = (message: string, code = 'GRAPHQL_VALIDATION_FAILED') =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * The cost limit, checked for every request with its variables (defaults included) once the
 * operation is known and before any subgraph is asked. `onCost` hears the cost of every operation
 * that is allowed to run (the rate limiter weighs requests by it); it may throw to refuse one.
 */
export function queryCostPlugin<TContext extends BaseContext>(
  limits: QueryLimits,
  onCost?: (cost: number, request: GraphQLRequestContext<TContext>) => Promise<void>,
): ApolloServerPlugin<TContext> {
  let owners: SupergraphOwners = NO_OWNERS;
  // The same document and variables cost the same under one schema (owners change with it).
  const costs = perDocumentMemo<number>();
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
          owners = supergraphOwners(coreSupergraphSdl);
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { schema, document, operation, request } = requestContext;
          if (!operation) return;
          let cost: number;
          try {
            const variables = request.variables ?? {};
            cost = costs(schema, document, operation.name?.value, variables, () =>
              operationCost(schema, document, operation.name?.value, variables, owners),
            );
          } catch (error) {
            // Variables that do not fit the operation, or a document too large to walk.
            throw refuse(error instanceof GraphQLError ? error.message : 'The query cannot be costed.', 'BAD_USER_INPUT');
          }
          if (cost > limits.maxCost) {
            throw refuse(
              `The query would cost ${cost}; at most ${limits.maxCost} is allowed. Ask for smaller pages, fewer report periods or fewer copies of a field.`,
            );
          }
          await onCost?.(cost, requestContext);
        },
      };
    },
  };
}

/** Cost of an operation as the limit sees it (tests and tools). */
export { operationCost } from './query-cost';
export { supergraphOwners } from './supergraph-owners';
