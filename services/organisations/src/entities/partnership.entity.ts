import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Region, Theme, VersionedEntity } from '@icssi/platform';
import { PartnershipRole } from '../domain/partnership-role';

/** A partnership between two organisations: `organisation` plays `role` towards `partner`. */
@Entity({ name: 'partnership' })
export class PartnershipEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'varchar', length: 30 })
  role!: PartnershipRole;

  @Column({ name: 'region_scope', type: 'varchar', length: 32, nullable: true })
  regionScope!: Region | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: Theme[];

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;
}
