import { DataSource } from 'typeorm';
import { CampaignActionReader } from './campaign-action.reader';
import { CampaignReader } from './campaign.reader';

export function createCampaignsDomain(dataSource: DataSource) {
  return { campaigns: new CampaignReader(dataSource), actions: new CampaignActionReader(dataSource) };
}

export type CampaignsDomain = ReturnType<typeof createCampaignsDomain>;
