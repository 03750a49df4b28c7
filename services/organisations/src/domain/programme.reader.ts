import { DataSource } from 'typeorm';
import { isPlausibleSlug } from '@icssi/platform';
import { ProgrammeEntity } from '../entities/programme.entity';

/** Read rules for programmes: public records, few of them, newest first. */
export class ProgrammeReader {
  constructor(private readonly dataSource: DataSource) {}

  all(): Promise<ProgrammeEntity[]> {
    return this.dataSource.getRepository(ProgrammeEntity).find({ order: { startDate: 'DESC', id: 'ASC' } });
  }

  async bySlug(slug: string): Promise<ProgrammeEntity | null> {
    if (!isPlausibleSlug(slug)) return null;
    return this.dataSource.getRepository(ProgrammeEntity).findOneBy({ slug });
  }
}
