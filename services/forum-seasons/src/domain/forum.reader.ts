import { DataSource } from 'typeorm';
import { KeysetLister, Page, PageArgs, Viewer, isPlausibleSlug, unlessArchived } from '@icssi/platform';
import { ForumEntity } from '../entities/forum.entity';
import { ForumFilter } from '../types/forum-filter.input';

/** Forums are public programme data. */
export class ForumReader {
  private readonly lister: KeysetLister<ForumEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, ForumEntity);
  }

  list(filter: ForumFilter | null | undefined, args: PageArgs): Promise<Page<ForumEntity>> {
    return this.lister.page(
      // Archived forums are not listed.
      { from: 'forum e', where: (params) => ['e.archived_at IS NULL', ...(filter?.region ? [`e.region = ${params.add(filter.region)}`] : [])] },
      { key: 'foundedYear', expression: 'coalesce(e.founded_year, 0)', type: 'int', direction: 'ASC' },
      args,
    );
  }

  async bySlug(slug: string, viewer: Viewer): Promise<ForumEntity | null> {
    if (!isPlausibleSlug(slug)) return null;
    return unlessArchived(await this.dataSource.getRepository(ForumEntity).findOneBy({ slug }), viewer);
  }
}
