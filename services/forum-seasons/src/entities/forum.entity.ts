import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, Region, VersionedEntity } from '@icssi/platform';

/** A social forum: the Iraqi Social Forum (Baghdad) or the Kurdistan Social Forum (Erbil). */
@Entity({ name: 'forum' })
export class ForumEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'varchar', length: 32 })
  region!: Region;

  @Column({ name: 'host_governorate_code', type: 'varchar', length: 8 })
  hostGovernorateCode!: string;

  @Column({ name: 'founded_year', type: 'int', nullable: true })
  foundedYear!: number | null;

  @Column({ name: 'secretariat_organisation_id', type: 'uuid', nullable: true })
  secretariatOrganisationId!: string | null;

  /** The programme (organisations subgraph) the forum belongs to, by key. */
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
