import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, VersionedEntity } from '@icssi/platform';
import { ImplementationStatus } from '../domain/implementation-status';

/** One dated step on an implementation's timeline. */
@Entity({ name: 'implementation_update' })
export class ImplementationUpdateEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'implementation_id', type: 'uuid' })
  implementationId!: string;

  @Column({ name: 'reported_on', type: 'date' })
  reportedOn!: string;

  @Column({ type: 'int' })
  progress!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: ImplementationStatus;

  @Column({ type: 'jsonb', nullable: true })
  note!: LocalizedText | null;

  @Column({ name: 'evidence_url', type: 'varchar', length: 500, nullable: true })
  evidenceUrl!: string | null;
}
