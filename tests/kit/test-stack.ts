import { readFileSync } from 'node:fs';
import path from 'node:path';
import { campaignsService } from '@icssi/campaigns';
import { cohesionCouncilsService } from '@icssi/cohesion-councils';
import { forumSeasonsService } from '@icssi/forum-seasons';
import { type GatewayOptions, type RunningGateway, startGateway } from '@icssi/gateway';
import { organisationsService } from '@icssi/organisations';
import { createLogger } from '@icssi/platform';
import { type TestSubgraph, startTestSubgraph } from './test-subgraph';

export const SUPERGRAPH_FILE = path.resolve(__dirname, '../../schema/supergraph.graphql');

export interface TestStack {
  gateway: RunningGateway;
  subgraphs: Record<'organisations' | 'campaigns' | 'forum-seasons' | 'cohesion-councils', TestSubgraph>;
  /** SQL statements sent by all four subgraphs so far. */
  sqlStatements(): number;
  dispose(): Promise<void>;
}

/**
 * The whole federation for end-to-end tests: four subgraphs on their own new databases (migrated,
 * demo data loaded) and the gateway over the committed supergraph, all over real HTTP on 127.0.0.1.
 */
export async function startTestStack(options: { seed?: boolean; gateway?: GatewayOptions } = {}): Promise<TestStack> {
  const organisations = await startTestSubgraph(organisationsService, { seed: options.seed });
  const replicaOptions = { seed: options.seed, lockdownSourceUrl: organisations.url };
  const [campaigns, forumSeasons, cohesionCouncils] = await Promise.all([
    startTestSubgraph(campaignsService, replicaOptions),
    startTestSubgraph(forumSeasonsService, replicaOptions),
    startTestSubgraph(cohesionCouncilsService, replicaOptions),
  ]);
  const subgraphs = { organisations, campaigns, 'forum-seasons': forumSeasons, 'cohesion-councils': cohesionCouncils };
  // Reference checks and lockdown pushes go to this stack's own subgraphs.
  for (const subgraph of Object.values(subgraphs)) {
    subgraph.references.urls.organisations = organisations.url;
    subgraph.references.urls['forum-seasons'] = forumSeasons.url;
  }
  (organisations.domain as { lockdowns: { copies: Record<string, string> } }).lockdowns.copies = {
    campaigns: campaigns.url,
    'forum-seasons': forumSeasons.url,
    'cohesion-councils': cohesionCouncils.url,
  };
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    logger: createLogger({ service: 'gateway' }),
    // Functional suites send thousands of requests from 127.0.0.1 within a minute (the paging walk
    // alone about 6,000); the budgets themselves are proven in tests/security/rate-limits.test.ts.
    ...options.gateway,
    rateLimit: { enabled: false, ...options.gateway?.rateLimit },
    // Reading the lockdown list in the background would add statements to the counts tests assert;
    // the cache tests turn it on.
    responseCache: { lockdownFollowMs: 0, ...options.gateway?.responseCache },
  });
  let disposed = false;
  return {
    gateway,
    subgraphs,
    sqlStatements: () => Object.values(subgraphs).reduce((sum, subgraph) => sum + subgraph.sqlCounter.count, 0),
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.dispose().catch(() => undefined)));
    },
  };
}
