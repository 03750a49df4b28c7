import { envInt, envOptional } from '../config/env';
import { serviceDatabaseName, serviceDatabaseUrl, serviceEnvPrefix } from '../database/database-url';

/**
 * The topology of ICSSI Graph, named once: the four subgraphs, their ports, URLs and databases,
 * read from the environment here and nowhere else. The gateway, the stack (`npm start`), the
 * services and the calls between subgraphs (reference checks, lockdown replication) all use it.
 *
 * Per subgraph (prefix ORGANISATIONS, CAMPAIGNS, FORUM_SEASONS, COHESION_COUNCILS):
 * `<PREFIX>_PORT` where `npm start` runs it, `<PREFIX>_URL` where others reach it (default: that
 * port on 127.0.0.1), `<PREFIX>_DATABASE_URL` its own database (default: DATABASE_URL or the
 * embedded server, database `icssi_<name>`).
 */
export const SUBGRAPH_NAMES = ['organisations', 'campaigns', 'forum-seasons', 'cohesion-councils'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Local default ports, 4001–4004 in supergraph order (the gateway is on 4000). */
export const SUBGRAPH_DEFAULT_PORTS: Readonly<Record<SubgraphName, number>> = {
  organisations: 4001,
  campaigns: 4002,
  'forum-seasons': 4003,
  'cohesion-councils': 4004,
};

export interface SubgraphPlace {
  name: SubgraphName;
  /** Where `npm start` runs it. */
  port: number;
  /** Where the gateway and the other subgraphs reach its GraphQL endpoint. */
  url: string;
  databaseName: string;
  databaseUrl: string;
}

export function isSubgraphName(name: string): name is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(name);
}

/** For names read from a supergraph file: one this code does not know is a configuration error. */
export function requireSubgraphName(name: string): SubgraphName {
  if (!isSubgraphName(name)) throw new Error(`Unknown subgraph in the supergraph: ${name}`);
  return name;
}

export function subgraphPort(name: SubgraphName): number {
  return envInt(`${serviceEnvPrefix(name)}_PORT`, SUBGRAPH_DEFAULT_PORTS[name]);
}

export function subgraphUrl(name: SubgraphName): string {
  return envOptional(`${serviceEnvPrefix(name)}_URL`) ?? `http://127.0.0.1:${subgraphPort(name)}/graphql`;
}

export function subgraphPlace(name: SubgraphName): SubgraphPlace {
  return {
    name,
    port: subgraphPort(name),
    url: subgraphUrl(name),
    databaseName: serviceDatabaseName(name),
    databaseUrl: serviceDatabaseUrl(name),
  };
}

/** Every subgraph, in supergraph order. */
export function topology(): SubgraphPlace[] {
  return SUBGRAPH_NAMES.map(subgraphPlace);
}
