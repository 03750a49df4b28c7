import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, Region, Theme, VersionedEntity } from '@icssi/platform';

/**
 * A funded programme the network runs, such as ICSSI's three-year, EU-funded youth civil-society
 * project; working groups, campaigns, forums and councils belong to it.
 */
@Entity({ name: 'programme' })
export class ProgrammeEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  description!: LocalizedText | null;

  @Column({ name: 'lead_organisation_id', type: 'uuid', nullable: true })
  leadOrganisationId!: string | null;

  @Column({ name: 'funder_organisation_id', type: 'uuid', nullable: true })
  funderOrganisationId!: string | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: Theme[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions!: Region[];
}
