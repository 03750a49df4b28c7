import { type DataSource } from 'typeorm';
import {
  FilteredList,
  KeysetLister,
  type Locale,
  type Page,
  type PageArgs,
  type SqlParams,
  type Viewer,
  isPlausibleSlug,
  searchCondition,
  unlessArchived,
} from '@icssi/platform';
import { ForumEntity } from '../entities/forum.entity';
import { type ForumFilter } from './forum-filter';

/** Forums are public programme data. */
export class ForumReader {
  private readonly filtered: FilteredList<ForumEntity, ForumFilter>;

  constructor(private readonly dataSource: DataSource) {
    this.filtered = new FilteredList(new KeysetLister(dataSource, ForumEntity), {
      from: 'forum e',
      conditions: (filter, params) => this.conditions(filter, params),
      nameColumn: 'e.name',
    });
  }

  list(filter: ForumFilter | null | undefined, args: PageArgs): Promise<Page<ForumEntity>> {
    return this.filtered.list(
      filter,
      { key: 'foundedYear', expression: 'coalesce(e.founded_year, 0)', type: 'int', direction: 'ASC' },
      args,
    );
  }

  /** Forums matching a search text in any language or script, most relevant first; as listed. */
  search(text: string, args: PageArgs, locale: Locale): Promise<Page<ForumEntity>> {
    return this.filtered.search(text, args, locale);
  }

  async bySlug(slug: string, viewer: Viewer): Promise<ForumEntity | null> {
    if (!isPlausibleSlug(slug)) return null;
    return unlessArchived(await this.dataSource.getRepository(ForumEntity).findOneBy({ slug }), viewer);
  }

  private conditions(filter: ForumFilter, params: SqlParams): string[] {
    // Archived forums are not listed.
    const where = ['e.archived_at IS NULL'];
    if (filter.region) where.push(`e.region = ${params.add(filter.region)}`);
    const text = filter.text ? searchCondition('e.search_text', filter.text, (value) => params.add(value)) : null;
    if (text) where.push(text);
    return where;
  }
}
