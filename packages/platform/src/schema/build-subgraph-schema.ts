import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type DocumentNode, type GraphQLSchema, Kind, parse, visit } from 'graphql';
import { type NonEmptyArray, buildSchema, createResolversMap } from 'type-graphql';
import { withTextChecks } from '../text/text-arguments';

/** `__resolveReference` functions per entity type name, merged into the resolver map. */
export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never) => unknown }
>;

export interface SubgraphSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql and TypeORM take classes as plain `Function`s
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql and TypeORM take classes as plain `Function`s
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
 * Descriptions of the root types, the same in every subgraph so that composition keeps them
 * (type-graphql has no option for them).
 */
export const ROOT_TYPE_DESCRIPTIONS: Record<'Query' | 'Mutation', string> = {
  Query:
    'Reading the ICSSI graph: lists as Relay connections (`first`/`after`, `filter`, `orderBy`, `totalCount`), single records by id or slug (null when unknown or not visible to you), search in every language and script, and cross-region reports. Text comes in the language of `Accept-Language`, with fallbacks.',
  Mutation:
    'Changing the ICSSI graph (editors in their region, admins): each mutation takes one `input`, runs as one database transaction in the subgraph that owns the record, writes an audit record, and answers a payload with the record and `userErrors` (nothing is changed when there are any). Updates take the `version` you read; a stale one is a CONFLICT.',
};

function describeRootTypes(document: DocumentNode): DocumentNode {
  return visit(document, {
    [Kind.OBJECT_TYPE_DEFINITION](node) {
      const description = ROOT_TYPE_DESCRIPTIONS[node.name.value as keyof typeof ROOT_TYPE_DESCRIPTIONS];
      return description ? { ...node, description: { kind: Kind.STRING, value: description, block: true } } : undefined;
    },
  });
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
  const typeDefs = describeRootTypes(parse(`${federationLink(sdl)}\n\n${sdl}`));
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
