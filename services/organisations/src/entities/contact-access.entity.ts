import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who read whose contact details, when, and which fields (docs/architecture.md §4.4). Never the values. */
@Entity({ name: 'contact_access_log' })
export class ContactAccessEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'viewer_id', type: 'varchar', length: 200 })
  viewerId!: string;

  @Column({ name: 'viewer_roles', type: 'text', array: true })
  viewerRoles!: string[];

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text', array: true })
  fields!: string[];

  @Column({ name: 'request_id', type: 'varchar', length: 100 })
  requestId!: string;

  @Column({ name: 'accessed_at', type: 'timestamptz', default: () => 'now()' })
  accessedAt!: Date;
}
