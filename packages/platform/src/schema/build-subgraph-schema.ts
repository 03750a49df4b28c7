import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { NonEmptyArray, buildSchema, createResolversMap } from 'type-graphql';
import { withTextChecks } from '../text/text-arguments';

/** `__resolveReference` functions per entity type name, merged into the resolver map. */
export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never) => unknown }
>;

export interface SubgraphSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
}

const FEDERATION_DIRECTIVES = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible', '@override', '@tag'];

/** Only the Federation 2 directives the printed schema uses are imported in its @link. */
function federationLink(sdl: string): string {
  const used = FEDERATION_DIRECTIVES.filter((directive) => new RegExp(`${directive}\\b`).test(sdl));
  const imports = used.map((directive) => `"${directive}"`).join(', ');
  return `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: [${imports}])`;
}

/**
 * Turns type-graphql resolvers into a Federation 2 subgraph schema. type-graphql's schema is built
 * without its own checks (the federation directives are unknown to it), printed with its directives,
 * given the Federation @link, and rebuilt by @apollo/subgraph with type-graphql's resolvers and the
 * reference resolvers merged. Nothing may transform the result: that would drop the reference resolvers.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    validate: false,
  });
  const sdl = printSchemaWithDirectives(schema);
  const typeDefs = parse(`${federationLink(sdl)}\n\n${sdl}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  // Every string argument of every query and mutation passes the platform's text checks first.
  for (const root of ['Query', 'Mutation']) {
    for (const [field, resolve] of Object.entries(resolvers[root] ?? {})) {
      if (typeof resolve === 'function') resolvers[root][field] = withTextChecks(resolve as never);
    }
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}
