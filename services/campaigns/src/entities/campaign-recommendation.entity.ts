import { Entity, PrimaryColumn } from 'typeorm';

/** A forum recommendation (by key) that a campaign advances. */
@Entity({ name: 'campaign_recommendation' })
export class CampaignRecommendationEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;
}
