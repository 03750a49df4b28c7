import { Entity, PrimaryColumn } from 'typeorm';

/** A forum recommendation (by key) discussed at a council meeting. */
@Entity({ name: 'meeting_recommendation' })
export class MeetingRecommendationEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;
}
