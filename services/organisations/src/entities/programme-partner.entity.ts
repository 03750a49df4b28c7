import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PartnershipRole } from '../domain/partnership-role';

/** An organisation taking part in a programme, and its role in it. */
@Entity({ name: 'programme_partner' })
export class ProgrammePartnerEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'varchar', length: 30 })
  role!: PartnershipRole;
}
