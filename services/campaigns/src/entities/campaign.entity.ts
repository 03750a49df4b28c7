import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, Region, Theme, VersionedEntity } from '@icssi/platform';
import { CampaignStatus } from '../domain/campaign-status';

/** A campaign. Working groups, organisations and governorates are other subgraphs' entities: kept by key only. */
@Entity({ name: 'campaign' })
export class CampaignEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  summary!: LocalizedText | null;

  @Column({ type: 'jsonb', nullable: true })
  goals!: LocalizedText | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: Theme[];

  /** The status an editor set; what the API shows follows the calendar unless this says otherwise (domain/campaign-status.ts). */
  @Column({ type: 'varchar', length: 20 })
  status!: CampaignStatus;

  @Column({ name: 'status_follows_calendar', type: 'boolean', default: true })
  statusFollowsCalendar!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions!: Region[];

  @Column({ name: 'governorate_codes', type: 'text', array: true, default: () => "'{}'" })
  governorateCodes!: string[];

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'lead_working_group_id', type: 'uuid', nullable: true })
  leadWorkingGroupId!: string | null;

  @Column({ name: 'lead_organisation_id', type: 'uuid', nullable: true })
  leadOrganisationId!: string | null;

  @Column({ name: 'parent_campaign_id', type: 'uuid', nullable: true })
  parentCampaignId!: string | null;

  /** The programme (organisations subgraph) the campaign belongs to, by key. */
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
