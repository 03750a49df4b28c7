import { type DataSource } from 'typeorm';
import { FilteredList, KeysetLister, type Locale, type Page, type PageArgs, type SortSpec, searchCondition } from '@icssi/platform';
import { ForumSessionEntity } from '../entities/forum-session.entity';

const BY_START: SortSpec = {
  key: 'startsAt',
  expression: `coalesce(e.starts_at, '0001-01-01T00:00:00Z'::timestamptz)`,
  type: 'timestamptz',
  direction: 'ASC',
};

// Archived sessions are not listed; outside a season's programme, neither are those of an archived season.
const LIVE = 'e.archived_at IS NULL';
const OF_LIVE_SEASON = 'EXISTS (SELECT 1 FROM forum_season s WHERE s.id = e.season_id AND s.archived_at IS NULL)';

/** The programme of forum seasons. */
export class ForumSessionReader {
  private readonly lister: KeysetLister<ForumSessionEntity>;
  /** Sessions are searched, not listed on their own: a text that matches nothing finds nothing. */
  private readonly filtered: FilteredList<ForumSessionEntity, { text?: string }>;

  constructor(dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, ForumSessionEntity);
    this.filtered = new FilteredList(this.lister, {
      from: 'forum_session e',
      conditions: (filter, params) => [
        LIVE,
        OF_LIVE_SEASON,
        searchCondition('e.search_text', filter.text ?? '', (value) => params.add(value)) ?? 'FALSE',
      ],
      nameColumn: 'e.title',
    });
  }

  ofSeasons(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<ForumSessionEntity>>> {
    return this.lister.pagesByParent({ from: 'forum_session e', parent: 'e.season_id', where: () => [LIVE] }, BY_START, args, ids);
  }

  /** Sessions matching a search text in any language or script, most relevant first; only of seasons that are listed. */
  search(text: string, args: PageArgs, locale: Locale): Promise<Page<ForumSessionEntity>> {
    return this.filtered.search(text, args, locale);
  }
}
