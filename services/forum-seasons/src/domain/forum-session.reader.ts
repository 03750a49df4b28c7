import { DataSource } from 'typeorm';
import { KeysetLister, Page, PageArgs, SortSpec } from '@icssi/platform';
import { ForumSessionEntity } from '../entities/forum-session.entity';

const BY_START: SortSpec = { key: 'startsAt', expression: `coalesce(e.starts_at, '0001-01-01T00:00:00Z'::timestamptz)`, type: 'timestamptz', direction: 'ASC' };

/** The programme of forum seasons. */
export class ForumSessionReader {
  private readonly lister: KeysetLister<ForumSessionEntity>;

  constructor(dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, ForumSessionEntity);
  }

  ofSeasons(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<ForumSessionEntity>>> {
    return this.lister.pagesByParent({ from: 'forum_session e', parent: 'e.season_id', where: () => ['e.archived_at IS NULL'] }, BY_START, args, ids);
  }
}
