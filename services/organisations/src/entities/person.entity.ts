import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, Region, VersionedEntity } from '@icssi/platform';
import { PersonGender } from '../domain/person-gender';

/** Who may see the person's name: everyone, the network, or only the region team (no consent). */
export type NameConsent = 'PUBLIC' | 'NETWORK' | 'NONE';

/** Which personal fields the person agreed to publish, per field. */
export interface PublicationConsent {
  displayName?: NameConsent | boolean;
}

/**
 * A person (activist, member, council member). Sensitive: this row is never an API type itself;
 * the GraphQL Person type shows only what the viewer may see (docs/architecture.md §4.4).
 */
@Entity({ name: 'person' })
export class PersonEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'display_name', type: 'jsonb' })
  displayName!: LocalizedText;

  @Column({ type: 'varchar', length: 100 })
  pseudonym!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: Region;

  /** A closed vocabulary (a CHECK constraint in the database). The person's secret record key (record_key) is not mapped here: only report SQL reads it. */
  @Column({ type: 'varchar', length: 20, default: PersonGender.UNDISCLOSED })
  gender!: PersonGender;

  @Column({ name: 'birth_year', type: 'int', nullable: true })
  birthYear!: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  consent!: PublicationConsent;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** Fictional people of the demo data are marked as such. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
