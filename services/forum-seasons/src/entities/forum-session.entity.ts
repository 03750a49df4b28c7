import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, Theme, VersionedEntity } from '@icssi/platform';
import { SessionFormat } from '../domain/session-format';

/** A programme item of a forum season. */
@Entity({ name: 'forum_session' })
export class ForumSessionEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'season_id', type: 'uuid' })
  seasonId!: string;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'varchar', length: 30 })
  format!: SessionFormat;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: Theme[];

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt!: Date | null;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
