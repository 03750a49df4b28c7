import { DataSource } from 'typeorm';
import { Logger, demoId, demoOrganisationId, demoWorkingGroupId } from '@icssi/platform';
import { CampaignEntity } from '../entities/campaign.entity';
import { DEMO_CAMPAIGNS } from './demo-campaigns';

export const demoCampaignId = (slug: string): string => demoId('campaign', slug);

/** Loads the demo campaigns; fixed ids and ON CONFLICT DO NOTHING make a second run change nothing. */
export async function seedCampaigns(dataSource: DataSource, logger: Logger): Promise<void> {
  // Parents first, so the self-reference is satisfied within the one statement's order.
  const ordered = [...DEMO_CAMPAIGNS].sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null));
  const result = await dataSource
    .createQueryBuilder()
    .insert()
    .into(CampaignEntity)
    .values(
      ordered.map((campaign) => ({
        id: demoCampaignId(campaign.slug),
        slug: campaign.slug,
        title: campaign.title,
        summary: campaign.summary,
        themes: campaign.themes,
        status: campaign.status,
        regions: campaign.regions,
        governorateCodes: campaign.governorateCodes,
        startDate: campaign.startDate,
        endDate: campaign.endDate,
        leadWorkingGroupId: campaign.leadWorkingGroup ? demoWorkingGroupId(campaign.leadWorkingGroup) : null,
        leadOrganisationId: campaign.leadOrganisation ? demoOrganisationId(campaign.leadOrganisation) : null,
        parentCampaignId: campaign.parent ? demoCampaignId(campaign.parent) : null,
      })),
    )
    .orIgnore()
    .execute();
  logger.info('campaigns demo data', { campaignsInserted: result.raw.length });
}
