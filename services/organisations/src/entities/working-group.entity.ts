import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, Region, Theme, VersionedEntity } from '@icssi/platform';
import { WorkingGroupStatus } from '../domain/working-group-status';

/** One of the youth-led working groups (the source names ten: five per region). */
@Entity({ name: 'working_group' })
export class WorkingGroupEntity extends VersionedEntity {
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

  /** The programme the group belongs to (the EU-funded youth project for the ten demo groups). */
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
