import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { LocalizedText, Theme } from '@icssi/platform';
import { RecommendationStatus } from '../types/recommendation-status.enum';

/** A recommendation of a forum season, which cohesion councils and campaigns take forward. */
@Entity({ name: 'recommendation' })
export class RecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ name: 'season_id', type: 'uuid' })
  seasonId!: string;

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
