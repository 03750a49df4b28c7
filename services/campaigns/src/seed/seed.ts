import { type DataSource } from 'typeorm';
import {
  type Logger,
  demoId,
  demoOrganisationId,
  demoProgrammeId,
  demoRecommendationId,
  demoWorkingGroupId,
  seedRows,
} from '@icssi/platform';
import { CampaignActionEntity } from '../entities/campaign-action.entity';
import { CampaignPartnerEntity } from '../entities/campaign-partner.entity';
import { CampaignRecommendationEntity } from '../entities/campaign-recommendation.entity';
import { CampaignEntity } from '../entities/campaign.entity';
import { DEMO_ACTIONS, DEMO_ADVANCES, DEMO_PARTNERS } from './demo-actions';
import { DEMO_CAMPAIGNS } from './demo-campaigns';

export const demoCampaignId = (slug: string): string => demoId('campaign', slug);

/** Loads the demo campaigns and their actions, or brings them forward (see seedRows); a second run changes nothing. */
export async function seedCampaigns(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const insert = (entity: new () => object, values: object[]) => seedRows(manager, entity, values);
    // Parents first, so the self-reference is satisfied.
    const ordered = [...DEMO_CAMPAIGNS].sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null));
    const campaigns = await insert(
      CampaignEntity,
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
        // Every demo campaign is one of the EU-funded project's.
        programmeId: demoProgrammeId(),
      })),
    );
    const actions = await insert(
      CampaignActionEntity,
      DEMO_ACTIONS.map((action) => ({
        id: demoId('campaign-action', `${action.campaign}#${action.key}`),
        campaignId: demoCampaignId(action.campaign),
        type: action.type,
        occurredOn: action.occurredOn,
        governorateCode: action.governorateCode,
        description: action.description,
        participantsTotal: action.participants?.[0] ?? null,
        participantsWomen: action.participants?.[1] ?? null,
        participantsYouth: action.participants?.[2] ?? null,
        outcome: action.outcome,
      })),
    );
    await insert(
      CampaignPartnerEntity,
      DEMO_PARTNERS.map((row) => ({ campaignId: demoCampaignId(row.campaign), organisationId: demoOrganisationId(row.organisation) })),
    );
    await insert(
      CampaignRecommendationEntity,
      DEMO_ADVANCES.map((row) => ({
        campaignId: demoCampaignId(row.campaign),
        recommendationId: demoRecommendationId(row.recommendation),
      })),
    );
    logger.info('campaigns demo data', { campaigns, actions });
  });
}
