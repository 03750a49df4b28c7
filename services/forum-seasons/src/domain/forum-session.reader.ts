import { type DataSource } from 'typeorm';
import {
  KeysetLister,
  type Locale,
  type Page,
  type PageArgs,
  type SortSpec,
  localizedSortExpression,
  searchCondition,
  searchRelevanceSort,
} from '@icssi/platform';
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

  constructor(dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, ForumSessionEntity);
  }

  ofSeasons(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<ForumSessionEntity>>> {
    return this.lister.pagesByParent({ from: 'forum_session e', parent: 'e.season_id', where: () => [LIVE] }, BY_START, args, ids);
  }

  /** Sessions matching a search text in any language or script, most relevant first; only of seasons that are listed. */
  search(text: string, args: PageArgs, locale: Locale): Promise<Page<ForumSessionEntity>> {
    return this.lister.page(
      {
        from: 'forum_session e',
        where: (params) => {
          const match = searchCondition('e.search_text', text, (value) => params.add(value));
          return [LIVE, OF_LIVE_SEASON, match ?? 'FALSE'];
        },
      },
      searchRelevanceSort('e.search_text', text, localizedSortExpression('e.title', locale)),
      args,
    );
  }
}
