import { DataSource } from 'typeorm';
import { SubgraphServices } from '@icssi/platform';
import { CampaignWriter } from './campaign.writer';
import { CampaignActionReader } from './campaign-action.reader';
import { CampaignReader } from './campaign.reader';

export function createCampaignsDomain(dataSource: DataSource, services: SubgraphServices) {
  return {
    campaigns: new CampaignReader(dataSource),
    actions: new CampaignActionReader(dataSource),
    campaignWriter: new CampaignWriter(dataSource, services.references),
    /** The audit log lives in this service's own database. */
    audit: dataSource,
  };
}

export type CampaignsDomain = ReturnType<typeof createCampaignsDomain>;
