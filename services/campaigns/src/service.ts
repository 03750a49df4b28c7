import { type SubgraphDefinition } from '@icssi/platform';
import { type CampaignsDomain, createCampaignsDomain } from './domain/campaigns-domain';
import { CampaignActionEntity } from './entities/campaign-action.entity';
import { CampaignPartnerEntity } from './entities/campaign-partner.entity';
import { CampaignRecommendationEntity } from './entities/campaign-recommendation.entity';
import { CampaignEntity } from './entities/campaign.entity';
import { type CampaignsLoaders, createCampaignsLoaders } from './loaders/loaders';
import { campaignsMigrations } from './migrations';
import { buildCampaignsSchema } from './schema';
import { seedCampaigns } from './seed/seed';

export { demoCampaignId } from './seed/seed';

/** The campaigns subgraph: campaigns and their actions; adds campaigns to organisations, working groups, governorates and recommendations. */
export const campaignsService: SubgraphDefinition<CampaignsLoaders, CampaignsDomain> = {
  name: 'campaigns',
  entities: [CampaignEntity, CampaignActionEntity, CampaignPartnerEntity, CampaignRecommendationEntity],
  migrations: campaignsMigrations,
  buildSchema: buildCampaignsSchema,
  createLoaders: createCampaignsLoaders,
  createDomain: createCampaignsDomain,
  seed: seedCampaigns,
};
