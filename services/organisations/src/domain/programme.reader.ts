import { type DataSource } from 'typeorm';
import { KeysetLister, type Page, type PageArgs, type SortSpec, isPlausibleSlug } from '@icssi/platform';
import { ProgrammeEntity } from '../entities/programme.entity';

/** Newest first; a programme without dates after the dated ones. */
const BY_START: SortSpec = { key: 'startDate', expression: 'e.start_date', type: 'date', direction: 'DESC', nullable: true };

/** Read rules for programmes: public records. */
export class ProgrammeReader {
  private readonly lister: KeysetLister<ProgrammeEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, ProgrammeEntity);
  }

  list(args: PageArgs): Promise<Page<ProgrammeEntity>> {
    return this.lister.page({ from: 'programme e', where: () => [] }, BY_START, args);
  }

  async bySlug(slug: string): Promise<ProgrammeEntity | null> {
    if (!isPlausibleSlug(slug)) return null;
    return this.dataSource.getRepository(ProgrammeEntity).findOneBy({ slug });
  }
}
