import { ArrayContains, DataSource, FindOptionsWhere, Not } from 'typeorm';
import { Region, Theme } from '@icssi/platform';
import { CampaignEntity } from '../entities/campaign.entity';
import { CampaignStatus } from '../types/campaign-status.enum';

export interface CampaignListFilter {
  region?: Region | null;
  status?: CampaignStatus | null;
  theme?: Theme | null;
}

/** Read rules for campaigns: drafts are not public and never appear in lists. */
export class CampaignReader {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: CampaignListFilter): Promise<CampaignEntity[]> {
    const where: FindOptionsWhere<CampaignEntity> = { status: Not(CampaignStatus.DRAFT) };
    if (filter.status && filter.status !== CampaignStatus.DRAFT) where.status = filter.status;
    if (filter.region) where.regions = ArrayContains([filter.region]);
    if (filter.theme) where.themes = ArrayContains([filter.theme]);
    return this.dataSource.getRepository(CampaignEntity).find({ where, order: { startDate: 'ASC', slug: 'ASC' } });
  }

  async bySlug(slug: string): Promise<CampaignEntity | null> {
    if (slug.length > 100) return null;
    const campaign = await this.dataSource.getRepository(CampaignEntity).findOneBy({ slug });
    return campaign && campaign.status !== CampaignStatus.DRAFT ? campaign : null;
  }

  /** A single campaign as the public may see it: drafts read as missing. */
  visible(campaign: CampaignEntity | null): CampaignEntity | null {
    return campaign && campaign.status !== CampaignStatus.DRAFT ? campaign : null;
  }
}
