import { type DataSource } from 'typeorm';
import {
  FilteredList,
  KeysetLister,
  type Locale,
  OrderDirection,
  type Page,
  type PageArgs,
  type SortSpec,
  type SqlParams,
  dateRangeConditions,
  isUuid,
  localizedSortExpression,
  searchCondition,
  isPlausibleSlug,
} from '@icssi/platform';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { type RecommendationFilter, type RecommendationOrder, RecommendationOrderField } from './recommendation-filter';

const BY_SLUG: SortSpec = { key: 'slug', expression: 'e.slug', type: 'text', direction: 'ASC' };

/** Forum recommendations: public. */
export class RecommendationReader {
  private readonly lister: KeysetLister<RecommendationEntity>;
  private readonly filtered: FilteredList<RecommendationEntity, RecommendationFilter>;

  constructor(private readonly dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, RecommendationEntity);
    this.filtered = new FilteredList(this.lister, {
      from: 'recommendation e',
      conditions: (filter, params) => this.conditions(filter, params),
      nameColumn: 'e.title',
    });
  }

  list(
    filter: RecommendationFilter | null | undefined,
    order: RecommendationOrder | null | undefined,
    args: PageArgs,
    locale: Locale,
  ): Promise<Page<RecommendationEntity>> {
    return this.filtered.list(filter, this.sort(order, locale), args);
  }

  /** Records matching a search text in any language or script, most relevant first. */
  search(text: string, args: PageArgs, locale: Locale): Promise<Page<RecommendationEntity>> {
    return this.filtered.search(text, args, locale);
  }

  ofSeasons(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<RecommendationEntity>>> {
    return this.lister.pagesByParent({ from: 'recommendation e', parent: 'e.season_id', where: () => [] }, BY_SLUG, args, ids);
  }

  async bySlug(slug: string): Promise<RecommendationEntity | null> {
    if (!isPlausibleSlug(slug)) return null;
    return this.dataSource.getRepository(RecommendationEntity).findOneBy({ slug });
  }

  private conditions(filter: RecommendationFilter, params: SqlParams): string[] {
    const add = (value: unknown) => params.add(value);
    const where: string[] = [];
    if (filter.status) where.push(`e.status = ${add(filter.status)}`);
    if (filter.theme) where.push(`e.themes @> ARRAY[${add(filter.theme)}]::text[]`);
    if (filter.seasonId) where.push(isUuid(filter.seasonId) ? `e.season_id = ${add(filter.seasonId)}` : 'FALSE');
    if (filter.forumId) {
      where.push(
        isUuid(filter.forumId)
          ? `EXISTS (SELECT 1 FROM forum_season s WHERE s.id = e.season_id AND s.forum_id = ${add(filter.forumId)})`
          : 'FALSE',
      );
    }
    where.push(...dateRangeConditions('e.adopted_on', filter.adopted, add));
    const text = filter.text ? searchCondition('e.search_text', filter.text, add) : null;
    if (text) where.push(text);
    return where;
  }

  private sort(order: RecommendationOrder | null | undefined, locale: Locale): SortSpec {
    const direction = order?.direction ?? OrderDirection.ASC;
    switch (order?.field ?? RecommendationOrderField.SLUG) {
      case RecommendationOrderField.TITLE:
        return { key: `title:${locale}`, expression: localizedSortExpression('e.title', locale), type: 'text', direction };
      case RecommendationOrderField.ADOPTED_ON:
        return { key: 'adoptedOn', expression: `coalesce(e.adopted_on, '0001-01-01'::date)`, type: 'date', direction };
      default:
        return { ...BY_SLUG, direction };
    }
  }
}
