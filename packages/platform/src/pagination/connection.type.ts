import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/** A page of a connection as resolvers return it; totalCount is a lazy getter, counted only when asked for. */
export interface Page<T> {
  edges: Array<{ node: T; cursor: string }>;
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any constructor, whatever its parameters (type-graphql object types)
type NodeClass = abstract new (...args: any[]) => unknown;

/**
 * The Relay connection and edge types of one node type, e.g. connectionType(Campaign) gives
 * CampaignConnection { edges { node cursor } nodes pageInfo totalCount } and CampaignEdge.
 */
export function connectionType(node: NodeClass, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a ${name}Connection, with its cursor.` })
  class Edge {
    @Field(() => node, { description: `The ${name}.` })
    node!: unknown;

    @Field({ description: 'Opaque cursor of this item; pass it as `after` to continue after it.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'The items of this page (shortcut for edges.node).' })
    nodes!: unknown[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    totalCount!: number;
  }

  return Connection;
}

/** The same page with every node mapped (e.g. join rows to the stubs of another subgraph's entity). */
export function mapPage<T, U>(page: Page<T>, map: (node: T) => U): Page<U> {
  const edges = page.edges.map((edge) => ({ node: map(edge.node), cursor: edge.cursor }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: page.pageInfo,
    get totalCount() {
      return page.totalCount;
    },
  };
}
