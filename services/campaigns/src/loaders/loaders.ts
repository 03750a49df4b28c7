import { type DataSource, In, Not } from 'typeorm';
import { ConnectionLoaders, keyedLoader, uuidGroupedLoader, uuidKeyedLoader } from '@icssi/platform';
import { CampaignReportReader } from '../domain/region-report.reader';
import { CampaignActionEntity } from '../entities/campaign-action.entity';
import { CampaignPartnerEntity } from '../entities/campaign-partner.entity';
import { CampaignRecommendationEntity } from '../entities/campaign-recommendation.entity';
import { CampaignEntity } from '../entities/campaign.entity';
import { CampaignStatus } from '../domain/campaign-status';

/** Per-request loaders: one SQL statement per batch, whatever the number of parents. */
export function createCampaignsLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository.bind(dataSource);
  const reports = new CampaignReportReader(dataSource);
  return {
    // One aggregate statement for all the regions of one report fetch.
    regionFigures: keyedLoader(
      (keys: readonly string[]) => reports.figures(keys, 'region'),
      (figures) => figures.key,
    ),
    governorateFigures: keyedLoader(
      (keys: readonly string[]) => reports.figures(keys, 'governorate'),
      (figures) => figures.key,
    ),
    campaignById: uuidKeyedLoader(
      (ids) => repository(CampaignEntity).findBy({ id: In(ids) }),
      (campaign) => campaign.id,
    ),
    actionById: uuidKeyedLoader(
      (ids) => repository(CampaignActionEntity).findBy({ id: In(ids) }),
      (action) => action.id,
    ),
    childCampaigns: uuidGroupedLoader(
      (ids) =>
        repository(CampaignEntity).find({
          where: { status: Not(CampaignStatus.DRAFT), parentCampaignId: In(ids) },
          order: { startDate: 'ASC', slug: 'ASC' },
        }),
      (campaign) => campaign.parentCampaignId as string,
    ),
    partnersByCampaign: uuidGroupedLoader(
      (ids) => repository(CampaignPartnerEntity).find({ where: { campaignId: In(ids) }, order: { organisationId: 'ASC' } }),
      (row) => row.campaignId,
    ),
    recommendationsByCampaign: uuidGroupedLoader(
      (ids) => repository(CampaignRecommendationEntity).find({ where: { campaignId: In(ids) }, order: { recommendationId: 'ASC' } }),
      (row) => row.campaignId,
    ),
    /** Nested lists (campaigns of many organisations, actions of many campaigns) batched per arguments. */
    connections: new ConnectionLoaders(),
  };
}

export type CampaignsLoaders = ReturnType<typeof createCampaignsLoaders>;
