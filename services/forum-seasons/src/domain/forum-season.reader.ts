import { type DataSource } from 'typeorm';
import {
  FilteredList,
  KeysetLister,
  type Locale,
  LockdownSubject,
  OrderDirection,
  type Page,
  type PageArgs,
  type SortSpec,
  type SqlParams,
  type Viewer,
  dateRangeConditions,
  isCustodian,
  isUuid,
  notLockedDown,
  normalizeGovernorateCode,
  searchCondition,
} from '@icssi/platform';
import { ForumSeasonParticipantEntity } from '../entities/forum-season-participant.entity';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { type ForumSeasonFilter, type ForumSeasonOrder, ForumSeasonOrderField } from './forum-season-filter';

const NEWEST_FIRST: SortSpec = {
  key: 'startDate',
  expression: `coalesce(e.start_date, make_date(e.year, 1, 1))`,
  type: 'date',
  direction: 'DESC',
};

// Archived seasons are not listed.
const LIVE = 'e.archived_at IS NULL';

/** Forum seasons: public programme data. */
export class ForumSeasonReader {
  private readonly lister: KeysetLister<ForumSeasonEntity>;
  private readonly filtered: FilteredList<ForumSeasonEntity, ForumSeasonFilter>;
  private readonly participants: KeysetLister<ForumSeasonParticipantEntity>;

  constructor(dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, ForumSeasonEntity);
    this.filtered = new FilteredList(this.lister, {
      from: 'forum_season e',
      conditions: (filter, params) => this.conditions(filter, params),
      nameColumn: 'e.theme',
    });
    this.participants = new KeysetLister(dataSource, ForumSeasonParticipantEntity, { column: 'organisation_id', type: 'uuid' });
  }

  /** The organisations taking part in each season (a season may have hundreds), a page per season. */
  participantsOf(ids: readonly string[], args: PageArgs, viewer: Viewer): Promise<Map<string, Page<ForumSeasonParticipantEntity>>> {
    return this.participants.pagesByParent(
      {
        from: 'forum_season_participant e',
        parent: 'e.season_id',
        // Locked-down organisations do not exist for non-custodians.
        where: () => (isCustodian(viewer) ? [] : [notLockedDown(LockdownSubject.ORGANISATION, 'e.organisation_id')]),
      },
      { key: 'organisation', expression: 'e.organisation_id::text', type: 'text', direction: 'ASC' },
      args,
      ids,
    );
  }

  list(
    filter: ForumSeasonFilter | null | undefined,
    order: ForumSeasonOrder | null | undefined,
    args: PageArgs,
  ): Promise<Page<ForumSeasonEntity>> {
    return this.filtered.list(filter, this.sort(order), args);
  }

  /** Seasons matching a search text (theme, venue, year) in any language or script, most relevant first; as listed. */
  search(text: string, args: PageArgs, locale: Locale): Promise<Page<ForumSeasonEntity>> {
    return this.filtered.search(text, args, locale);
  }

  /** Seasons each organisation took part in, newest first. */
  ofParticipants(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<ForumSeasonEntity>>> {
    return this.lister.pagesByParent(
      { from: 'forum_season e JOIN forum_season_participant p ON p.season_id = e.id', parent: 'p.organisation_id', where: () => [LIVE] },
      NEWEST_FIRST,
      args,
      ids,
    );
  }

  /** Seasons held in each governorate, newest first. */
  ofGovernorates(codes: readonly string[], args: PageArgs): Promise<Map<string, Page<ForumSeasonEntity>>> {
    return this.lister.pagesByParent(
      { from: 'forum_season e', parent: 'e.governorate_code', where: () => [LIVE] },
      NEWEST_FIRST,
      args,
      codes,
    );
  }

  private conditions(filter: ForumSeasonFilter, params: SqlParams): string[] {
    const add = (value: unknown) => params.add(value);
    const where: string[] = [LIVE];
    if (filter.forumId) where.push(isUuid(filter.forumId) ? `e.forum_id = ${add(filter.forumId)}` : 'FALSE');
    if (filter.region) where.push(`EXISTS (SELECT 1 FROM forum f WHERE f.id = e.forum_id AND f.region = ${add(filter.region)})`);
    if (filter.year) where.push(`e.year = ${add(filter.year)}`);
    if (filter.status) where.push(`e.status = ${add(filter.status)}`);
    if (filter.governorateCode) where.push(`e.governorate_code = ${add(normalizeGovernorateCode(filter.governorateCode))}`);
    where.push(...dateRangeConditions('e.start_date', filter.held, add));
    const text = filter.text ? searchCondition('e.search_text', filter.text, add) : null;
    if (text) where.push(text);
    return where;
  }

  private sort(order: ForumSeasonOrder | null | undefined): SortSpec {
    if (!order) return NEWEST_FIRST;
    const direction = order.direction ?? OrderDirection.ASC;
    switch (order.field) {
      case ForumSeasonOrderField.YEAR:
        return { key: 'year', expression: 'e.year', type: 'int', direction };
      case ForumSeasonOrderField.NUMBER:
        return { key: 'number', expression: 'e.number', type: 'int', direction };
      default:
        return { ...NEWEST_FIRST, direction };
    }
  }
}
