import { Entity, PrimaryColumn } from 'typeorm';

/** A partner organisation of a campaign (by key: organisations live in their own subgraph). */
@Entity({ name: 'campaign_partner' })
export class CampaignPartnerEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;
}
