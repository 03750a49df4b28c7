import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { LocalizedText, Region, Theme } from '@icssi/platform';
import { WorkingGroupStatus } from '../types/working-group-status.enum';

/** One of the youth-led working groups (the source names ten: five per region). */
@Entity({ name: 'working_group' })
export class WorkingGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: Theme[];

  @Column({ type: 'varchar', length: 32 })
  region!: Region;

  @Column({ name: 'host_organisation_id', type: 'uuid', nullable: true })
  hostOrganisationId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: WorkingGroupStatus;

  @Column({ name: 'founded_on', type: 'date', nullable: true })
  foundedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
