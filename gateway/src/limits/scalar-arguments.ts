import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  type ValueNode,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  isScalarType,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { DateScalar } from '@icssi/platform';
import { perDocumentMemo } from './per-document-memo';

/**
 * The supergraph's custom scalars as the subgraphs parse them. The gateway's own schema knows
 * their names only and passes any value on; a subgraph then refuses the whole fetch with HTTP 400,
 * which the client would see as "service unavailable". Checked here, a bad date is a 400 that names it.
 */
const SCALARS: Record<string, GraphQLScalarType> = { Date: DateScalar, DateTimeISO: GraphQLDateTimeISO };

function checkValue(value: unknown, type: GraphQLInputType): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    for (const item of Array.isArray(value) ? value : [value]) checkValue(item, nullable.ofType);
  } else if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    const fields = nullable.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) if (fields[name]) checkValue(item, fields[name].type);
  } else if (isScalarType(nullable) && SCALARS[nullable.name]) {
    SCALARS[nullable.name].parseValue(value);
  }
}

function checkLiteral(node: ValueNode, type: GraphQLInputType, variables: Record<string, unknown>): void {
  const nullable = getNullableType(type);
  if (node.kind === Kind.VARIABLE) return checkValue(variables[node.name.value], type);
  if (node.kind === Kind.NULL) return;
  if (isListType(nullable)) {
    for (const item of node.kind === Kind.LIST ? node.values : [node]) checkLiteral(item, nullable.ofType, variables);
  } else if (isInputObjectType(nullable) && node.kind === Kind.OBJECT) {
    const fields = nullable.getFields();
    for (const field of node.fields) if (fields[field.name.value]) checkLiteral(field.value, fields[field.name.value].type, variables);
  } else if (isScalarType(nullable) && SCALARS[nullable.name]) {
    SCALARS[nullable.name].parseLiteral(node, variables);
  }
}

/** The first argument value of the operation (fragments included) that a subgraph's scalar would refuse, or null. */
export function scalarArgumentProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
): string | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  // Variables that do not fit their types are Apollo Server's to report.
  if (coerced.errors) return null;
  const fragments = document.definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  const typeInfo = new TypeInfo(schema);
  let problem: string | null = null;
  for (const definition of [operation, ...fragments]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (problem || !argument) return;
          try {
            checkLiteral(node.value, argument.type, coerced.coerced);
          } catch (error) {
            problem = error instanceof Error ? error.message : String(error);
          }
        },
      }),
    );
  }
  return problem;
}

/** Refuses, with 400 and BAD_USER_INPUT, an operation whose arguments hold a bad Date or DateTimeISO. */
export function scalarArgumentsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  const problems = perDocumentMemo<string | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          const problem = problems(schema, document, operation.name?.value, variables, () =>
            scalarArgumentProblem(schema, document, operation, variables),
          );
          if (problem) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
        },
      };
    },
  };
}
