import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '@icssi/platform';
import { MembershipRole } from '../domain/membership-role';

/** A person's role in an organisation or a working group (exactly one of the two). */
@Entity({ name: 'membership' })
export class MembershipEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'working_group_id', type: 'uuid', nullable: true })
  workingGroupId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  role!: MembershipRole;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;
}
