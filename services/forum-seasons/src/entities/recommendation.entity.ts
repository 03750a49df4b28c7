import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, Theme, VersionedEntity } from '@icssi/platform';
import { RecommendationStatus } from '../domain/recommendation-status';

/** A recommendation of a forum season, which cohesion councils and campaigns take forward. */
@Entity({ name: 'recommendation' })
export class RecommendationEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ name: 'season_id', type: 'uuid' })
  seasonId!: string;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  text!: LocalizedText | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: Theme[];

  @Column({ type: 'varchar', length: 20 })
  status!: RecommendationStatus;

  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn!: string | null;
}
