import { DataSource, In, Not } from 'typeorm';
import { uuidGroupedLoader, uuidKeyedLoader } from '@icssi/platform';
import { CampaignEntity } from '../entities/campaign.entity';
import { CampaignStatus } from '../types/campaign-status.enum';

/** Per-request loaders: one SQL statement per batch, whatever the number of parents. */
export function createCampaignsLoaders(dataSource: DataSource) {
  const campaigns = () => dataSource.getRepository(CampaignEntity);
  const listed = { status: Not(CampaignStatus.DRAFT) };
  const order = { startDate: 'ASC', slug: 'ASC' } as const;
  return {
    campaignById: uuidKeyedLoader((ids) => campaigns().findBy({ id: In(ids) }), (campaign) => campaign.id),
    campaignsByLeadOrganisation: uuidGroupedLoader(
      (ids) => campaigns().find({ where: { ...listed, leadOrganisationId: In(ids) }, order }),
      (campaign) => campaign.leadOrganisationId as string,
    ),
    campaignsByLeadWorkingGroup: uuidGroupedLoader(
      (ids) => campaigns().find({ where: { ...listed, leadWorkingGroupId: In(ids) }, order }),
      (campaign) => campaign.leadWorkingGroupId as string,
    ),
    campaignsByParent: uuidGroupedLoader(
      (ids) => campaigns().find({ where: { ...listed, parentCampaignId: In(ids) }, order }),
      (campaign) => campaign.parentCampaignId as string,
    ),
  };
}

export type CampaignsLoaders = ReturnType<typeof createCampaignsLoaders>;
