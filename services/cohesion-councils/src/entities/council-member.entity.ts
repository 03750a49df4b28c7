import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, VersionedEntity } from '@icssi/platform';
import { CouncilSector } from '../domain/council-sector';

/** A seat on a council. The person (optional) lives in the organisations subgraph and is kept by key. */
@Entity({ name: 'council_member' })
export class CouncilMemberEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @Column({ type: 'varchar', length: 30 })
  sector!: CouncilSector;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  /** Whom the seat represents when that is not an organisation of the network (e.g. the governorate council). */
  @Column({ name: 'on_behalf_of', type: 'jsonb', nullable: true })
  onBehalfOf!: LocalizedText | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;
}
