import { type GraphQLSchema, validate } from 'graphql';
import { type ClientOperation } from './client-operations';

/** Every client operation must be valid against the API schema; returns one message per problem. */
export function validateClientOperations(schema: GraphQLSchema, operations: ClientOperation[]): string[] {
  return operations.flatMap((operation) =>
    validate(schema, operation.document).map((error) => `${operation.file} (${operation.name}): ${error.message}`),
  );
}
