import { DataSource } from 'typeorm';
import { CampaignReader } from './campaign.reader';

export function createCampaignsDomain(dataSource: DataSource) {
  return { campaigns: new CampaignReader(dataSource) };
}

export type CampaignsDomain = ReturnType<typeof createCampaignsDomain>;
