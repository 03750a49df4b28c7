import { readFileSync } from 'node:fs';
import { campaignsService } from '@icssi/campaigns';
import { type GatewayOptions, type RunningGateway, startGateway } from '@icssi/gateway';
import { cohesionCouncilsService } from '@icssi/cohesion-councils';
import { forumSeasonsService } from '@icssi/forum-seasons';
import { organisationsService } from '@icssi/organisations';
import { createLogger, dropDatabase } from '@icssi/platform';
import { SUPERGRAPH_FILE } from '@icssi/test-kit/test-stack';
import { type TestSubgraph, startTestSubgraph, testDatabaseUrl } from '@icssi/test-kit/test-subgraph';
import { type ServiceProcess, freePort, startServiceProcess, stopProcess, subgraphEnv } from './processes';

/**
 * The graph with the campaigns subgraph as a process of its own (to kill, restart or freeze) and
 * the other three in this process, behind a real gateway.
 */
export interface CampaignsProcessGraph {
  gateway: RunningGateway;
  /** The first campaigns process; a test that restarts it keeps the new one itself. */
  campaigns: ServiceProcess;
  campaignsDatabase: string;
  /** Starts campaigns again on the same port, database and settings. */
  startCampaigns(): Promise<ServiceProcess>;
  /** Stops the gateway, `campaigns` (the one running now) and the other subgraphs; drops the campaigns database. */
  stop(campaigns: ServiceProcess | undefined): Promise<void>;
}

export async function startCampaignsProcessGraph(resilience?: GatewayOptions['resilience']): Promise<CampaignsProcessGraph> {
  const organisations = await startTestSubgraph(organisationsService);
  const [forumSeasons, councils] = await Promise.all([
    startTestSubgraph(forumSeasonsService, { lockdownSourceUrl: organisations.url }),
    startTestSubgraph(cohesionCouncilsService, { lockdownSourceUrl: organisations.url }),
  ]);
  const others: TestSubgraph[] = [organisations, forumSeasons, councils];
  const campaignsDatabase = testDatabaseUrl(campaignsService.name);
  const port = await freePort();
  const env = subgraphEnv('campaigns', campaignsDatabase, { organisations: organisations.url, 'forum-seasons': forumSeasons.url });
  const startCampaigns = () => startServiceProcess('campaigns', { port, env });
  const campaigns = await startCampaigns();
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: {
      organisations: organisations.url,
      campaigns: campaigns.url,
      'forum-seasons': forumSeasons.url,
      'cohesion-councils': councils.url,
    },
    ...(resilience ? { resilience } : {}),
    // These tests watch outages through repeated identical queries; a cached answer would hide them.
    responseCache: { enabled: false },
    logger: createLogger({ service: 'gateway' }),
  });
  return {
    gateway,
    campaigns,
    campaignsDatabase,
    startCampaigns,
    async stop(current) {
      await gateway.stop();
      if (current) await stopProcess(current);
      await Promise.all(others.map((subgraph) => subgraph.dispose()));
      await dropDatabase(campaignsDatabase);
    },
  };
}
