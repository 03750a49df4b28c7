import { Supergraph } from '@apollo/federation-internals';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The schema clients see: the supergraph without federation's join/link machinery and inaccessible parts. */
export function apiSchemaFromSupergraph(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Printed sorted, so the committed file changes only when the API does. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
