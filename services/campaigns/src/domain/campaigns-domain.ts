import { type DataSource } from 'typeorm';
import { type SubgraphServices } from '@icssi/platform';
import { CampaignWriter } from './campaign.writer';
import { CampaignActionReader } from './campaign-action.reader';
import { CampaignReader } from './campaign.reader';
import { CampaignsReadGate } from './read-gate';

export function createCampaignsDomain(dataSource: DataSource, services: SubgraphServices) {
  const campaigns = new CampaignReader(dataSource);
  return {
    /** Every record this subgraph hands out passes here (domain/read-gate.ts). */
    gate: new CampaignsReadGate(campaigns),
    campaigns,
    actions: new CampaignActionReader(dataSource),
    campaignWriter: new CampaignWriter(dataSource, services.references),
    /** The audit log lives in this service's own database. */
    audit: dataSource,
  };
}

export type CampaignsDomain = ReturnType<typeof createCampaignsDomain>;
