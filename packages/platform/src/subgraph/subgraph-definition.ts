import { type DataSource } from 'typeorm';
import { type GraphQLSchema } from 'graphql';
import { type Logger } from '../logging/logger';
import { type LockdownRegistry } from '../lockdown/lockdown-registry';
import { type ReferenceChecker } from '../mutations/reference-checker';
import { type SubgraphName } from '../topology/topology';

/**
 * Everything the platform needs to run one subgraph. Each service exports one of these from
 * src/service.ts; the platform does the rest the same way for all four.
 */
export interface SubgraphDefinition<TLoaders = unknown, TDomain = unknown> {
  /** The subgraph name in the supergraph, e.g. "organisations"; its port, URL and database come from the topology. */
  name: SubgraphName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql and TypeORM take classes as plain `Function`s
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql and TypeORM take classes as plain `Function`s
  migrations: Function[];
  buildSchema(): Promise<GraphQLSchema>;
  createLoaders(dataSource: DataSource): TLoaders;
  createDomain(dataSource: DataSource, services: SubgraphServices): TDomain;
  /** True for the subgraph that owns people and organisations, and so the lockdown list. */
  ownsLockdowns?: boolean;
  /** Loads the demo data; must be idempotent (running it twice changes nothing). */
  seed(dataSource: DataSource, logger: Logger): Promise<void>;
}

/** Process-wide services the platform hands to a subgraph's domain layer. */
export interface SubgraphServices {
  lockdown: LockdownRegistry;
  /** The secret shared with the gateway and the other subgraphs. */
  secret: string;
  logger: Logger;
  /** Asks other subgraphs whether records exist (for references written by mutations). */
  references: ReferenceChecker;
}
