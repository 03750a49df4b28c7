import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { AGGREGATION_COST, reportPeriods, reportsPerPeriod, subgraphsSelected } from './report-cost';
import { type SupergraphOwners } from './supergraph-owners';

/** A connection asked for without `first` returns this many nodes. */
export const DEFAULT_PAGE = 20;
/** A plain list field (a council's governorates, a report's tallies) is taken to hold this many. */
export const UNPAGED_LIST = 10;

const isConnection = (name: string) => /Connection$/.test(name);

/**
 * Every field costs 1, times the size of each list around it: `first` (or 20) for a connection,
 * 10 for a plain list; a connection's `nodes` and `edges` are the page already counted.
 */
const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const nullable = getNullableType(field.type);
  const named = getNamedType(field.type);
  let multiplier = 1;
  if (!isListType(nullable) && isObjectType(named) && isConnection(named.name)) {
    multiplier = typeof args.first === 'number' ? args.first : DEFAULT_PAGE;
  } else if (isListType(nullable)) {
    const pageOfConnection = isConnection(type.name) && (field.name === 'nodes' || field.name === 'edges');
    multiplier = pageOfConnection ? 1 : UNPAGED_LIST;
  }
  return 1 + Math.max(multiplier, 1) * childComplexity;
};

/** Report fields: each report's fields, plus one aggregation per period and subgraph selected. */
function reportEstimator(fragments: Record<string, FragmentDefinitionNode>, owners: SupergraphOwners): ComplexityEstimator {
  return ({ field, args, node, childComplexity }) => {
    const named = getNamedType(field.type);
    if (!owners.reportTypes.has(named.name)) return undefined;
    const periods = reportPeriods(args);
    const reports = isListType(getNullableType(field.type)) ? periods * reportsPerPeriod(named.name, args) : 1;
    const subgraphs = subgraphsSelected(named.name, node.selectionSet, fragments, owners).size;
    return 1 + reports * childComplexity + periods * subgraphs * AGGREGATION_COST;
  };
}

/**
 * The estimated cost of one operation with its variables, by graphql-query-complexity: variables
 * are coerced with their defaults (`$n: Int = 100` costs as `100` does), fragment spreads and
 * inline fragments are walked wherever they are used, and @skip/@include are honoured. Throws a
 * GraphQLError when the variables do not fit the operation.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  owners: SupergraphOwners,
): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [reportEstimator(fragments, owners), listEstimator],
  });
}
