import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, VersionedEntity } from '@icssi/platform';

/** A council meeting: date, governorate and attendance counts (never a list of attendees). */
@Entity({ name: 'council_meeting' })
export class CouncilMeetingEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ name: 'governorate_code', type: 'varchar', length: 8 })
  governorateCode!: string;

  @Column({ name: 'attendance_total', type: 'int', nullable: true })
  attendanceTotal!: number | null;

  @Column({ name: 'attendance_women', type: 'int', nullable: true })
  attendanceWomen!: number | null;

  @Column({ name: 'attendance_youth', type: 'int', nullable: true })
  attendanceYouth!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  summary!: LocalizedText | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /**
   * Secret random key of the cell-key method (bigint, read as text): the attendance figures are
   * published only through it (protectCount), never the key itself. Set by the database.
   */
  @Column({ name: 'record_key', type: 'bigint', insert: false, update: false })
  recordKey!: string;
}
