import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, VersionedEntity } from '@icssi/platform';
import { ForumSeasonStatus } from '../domain/forum-season-status';

/** One season (edition) of a forum; the season number is unique per forum. */
@Entity({ name: 'forum_season' })
export class ForumSeasonEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId!: string;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  venue!: LocalizedText | null;

  @Column({ name: 'governorate_code', type: 'varchar', length: 8 })
  governorateCode!: string;

  @Column({ type: 'jsonb', nullable: true })
  theme!: LocalizedText | null;

  @Column({ type: 'varchar', length: 20 })
  status!: ForumSeasonStatus;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
