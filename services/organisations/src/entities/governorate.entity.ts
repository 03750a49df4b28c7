import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalizedText, Region } from '@icssi/platform';

/** A governorate of Iraq: reference data shipped with the service, keyed by its ISO 3166-2 code. */
@Entity({ name: 'governorate' })
export class GovernorateEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ name: 'ocha_pcode', type: 'varchar', length: 16 })
  ochaPcode!: string;

  @Column({ type: 'varchar', length: 32 })
  region!: Region;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Other spellings, transliterations and the capital's name, for search (reference/governorate-aliases.ts). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];
}
