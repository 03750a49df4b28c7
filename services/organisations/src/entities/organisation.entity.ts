import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, Region, Theme, VersionedEntity } from '@icssi/platform';
import { OrganisationKind } from '../domain/organisation-kind';
import { OrganisationStatus } from '../domain/organisation-status';
import { RegistrationStatus } from '../domain/registration-status';

@Entity({ name: 'organisation' })
export class OrganisationEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  description!: LocalizedText | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  acronym!: string | null;

  @Column({ type: 'varchar', length: 40 })
  kind!: OrganisationKind;

  @Column({ name: 'home_region', type: 'varchar', length: 32 })
  homeRegion!: Region;

  @Column({ name: 'headquarters_code', type: 'varchar', length: 8, nullable: true })
  headquartersCode!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: Theme[];

  @Column({ name: 'founded_year', type: 'int', nullable: true })
  foundedYear!: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: OrganisationStatus;

  @Column({ name: 'registration_status', type: 'varchar', length: 20 })
  registrationStatus!: RegistrationStatus;
}
