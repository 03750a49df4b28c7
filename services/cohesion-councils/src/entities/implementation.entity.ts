import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, VersionedEntity } from '@icssi/platform';
import { ImplementationStatus } from '../domain/implementation-status';

/** A council's commitment to implement a forum recommendation (referenced by key). */
@Entity({ name: 'implementation' })
export class ImplementationEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: ImplementationStatus;

  @Column({ type: 'int' })
  progress!: number;

  @Column({ name: 'indicator_name', type: 'jsonb', nullable: true })
  indicatorName!: LocalizedText | null;

  @Column({ name: 'indicator_baseline', type: 'numeric', nullable: true })
  indicatorBaseline!: string | null;

  @Column({ name: 'indicator_target', type: 'numeric', nullable: true })
  indicatorTarget!: string | null;

  @Column({ name: 'indicator_actual', type: 'numeric', nullable: true })
  indicatorActual!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
