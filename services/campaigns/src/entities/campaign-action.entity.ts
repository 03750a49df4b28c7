import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, VersionedEntity } from '@icssi/platform';
import { CampaignActionType } from '../domain/campaign-action-type';

/**
 * A dated activity of a campaign. Its location is a governorate only: never coordinates or an
 * address of an activist event (docs/architecture.md §4.4).
 */
@Entity({ name: 'campaign_action' })
export class CampaignActionEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'varchar', length: 30 })
  type!: CampaignActionType;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ name: 'governorate_code', type: 'varchar', length: 8, nullable: true })
  governorateCode!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  description!: LocalizedText | null;

  @Column({ name: 'participants_total', type: 'int', nullable: true })
  participantsTotal!: number | null;

  @Column({ name: 'participants_women', type: 'int', nullable: true })
  participantsWomen!: number | null;

  @Column({ name: 'participants_youth', type: 'int', nullable: true })
  participantsYouth!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  outcome!: LocalizedText | null;

  /**
   * Secret random key of the cell-key method (bigint, read as text): the participant figures are
   * published only through it (protectCount), never the key itself. Set by the database.
   */
  @Column({ name: 'record_key', type: 'bigint', insert: false, update: false })
  recordKey!: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
