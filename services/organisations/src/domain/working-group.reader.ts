import { DataSource } from 'typeorm';
import { Region } from '@icssi/platform';
import { WorkingGroupEntity } from '../entities/working-group.entity';

/** Read rules for working groups. */
export class WorkingGroupReader {
  constructor(private readonly dataSource: DataSource) {}

  list(region?: Region | null): Promise<WorkingGroupEntity[]> {
    return this.dataSource.getRepository(WorkingGroupEntity).find({
      where: region ? { region } : {},
      order: { slug: 'ASC' },
    });
  }

  async bySlug(slug: string): Promise<WorkingGroupEntity | null> {
    if (slug.length > 100) return null;
    return this.dataSource.getRepository(WorkingGroupEntity).findOneBy({ slug });
  }
}
