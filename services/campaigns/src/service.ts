import { SubgraphDefinition } from '@icssi/platform';
import { CampaignsDomain, createCampaignsDomain } from './domain/campaigns-domain';
import { CampaignEntity } from './entities/campaign.entity';
import { CampaignsLoaders, createCampaignsLoaders } from './loaders/loaders';
import { campaignsMigrations } from './migrations';
import { buildCampaignsSchema } from './schema';
import { seedCampaigns } from './seed/seed';

export { demoCampaignId } from './seed/seed';

/** The campaigns subgraph: campaigns, and the campaigns of organisations and working groups. */
export const campaignsService: SubgraphDefinition<CampaignsLoaders, CampaignsDomain> = {
  name: 'campaigns',
  defaultPort: 4002,
  entities: [CampaignEntity],
  migrations: campaignsMigrations,
  buildSchema: buildCampaignsSchema,
  createLoaders: createCampaignsLoaders,
  createDomain: createCampaignsDomain,
  seed: seedCampaigns,
};
