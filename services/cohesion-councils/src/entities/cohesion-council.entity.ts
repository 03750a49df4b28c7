import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, Region, VersionedEntity } from '@icssi/platform';
import { CouncilStatus } from '../domain/council-status';

/** A social cohesion council in one governorate, coordinated by a civil-society organisation. */
@Entity({ name: 'cohesion_council' })
export class CohesionCouncilEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ name: 'governorate_code', type: 'varchar', length: 8 })
  governorateCode!: string;

  /** The governorate's region, recorded with the council so region filters need no other service. */
  @Column({ type: 'varchar', length: 32 })
  region!: Region;

  @Column({ name: 'coordinating_organisation_id', type: 'uuid', nullable: true })
  coordinatingOrganisationId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: CouncilStatus;

  @Column({ name: 'established_on', type: 'date', nullable: true })
  establishedOn!: string | null;

  /** The programme (organisations subgraph) the council belongs to, by key. */
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
