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
  localizedSortExpression,
  searchCondition,
  isPlausibleSlug,
} from '@icssi/platform';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { type WorkingGroupFilter, type WorkingGroupOrder, WorkingGroupOrderField } from './working-group-filter';

/** Read rules for working groups. */
export class WorkingGroupReader {
  private readonly lister: KeysetLister<WorkingGroupEntity>;
  private readonly filtered: FilteredList<WorkingGroupEntity, WorkingGroupFilter>;

  constructor(private readonly dataSource: DataSource) {
    this.lister = new KeysetLister(dataSource, WorkingGroupEntity);
    this.filtered = new FilteredList(this.lister, {
      from: 'working_group e',
      conditions: (filter, params) => this.conditions(filter, params),
      nameColumn: 'e.name',
    });
  }

  list(
    filter: WorkingGroupFilter | null | undefined,
    order: WorkingGroupOrder | null | undefined,
    args: PageArgs,
    locale: Locale,
  ): Promise<Page<WorkingGroupEntity>> {
    return this.filtered.list(filter, this.sort(order, locale), args);
  }

  /** Records matching a search text in any language or script, most relevant first. */
  search(text: string, args: PageArgs, locale: Locale): Promise<Page<WorkingGroupEntity>> {
    return this.filtered.search(text, args, locale);
  }

  /** The groups of each programme (not archived), by slug. */
  ofProgrammes(ids: readonly string[], args: PageArgs): Promise<Map<string, Page<WorkingGroupEntity>>> {
    return this.lister.pagesByParent(
      { from: 'working_group e', parent: 'e.programme_id', where: () => ['e.archived_at IS NULL'] },
      { key: 'slug', expression: 'e.slug', type: 'text', direction: OrderDirection.ASC },
      args,
      ids,
    );
  }

  async bySlug(slug: string): Promise<WorkingGroupEntity | null> {
    if (!isPlausibleSlug(slug)) return null;
    return this.dataSource.getRepository(WorkingGroupEntity).findOneBy({ slug });
  }

  private conditions(filter: WorkingGroupFilter, params: SqlParams): string[] {
    const add = (value: unknown) => params.add(value);
    // Archived groups are not listed.
    const where: string[] = ['e.archived_at IS NULL'];
    if (filter.region) where.push(`e.region = ${add(filter.region)}`);
    if (filter.theme) where.push(`e.themes @> ARRAY[${add(filter.theme)}]::text[]`);
    if (filter.status) where.push(`e.status = ${add(filter.status)}`);
    where.push(...dateRangeConditions('e.founded_on', filter.founded, add));
    const text = filter.text ? searchCondition('e.search_text', filter.text, add) : null;
    if (text) where.push(text);
    return where;
  }

  private sort(order: WorkingGroupOrder | null | undefined, locale: Locale): SortSpec {
    const direction = order?.direction ?? OrderDirection.ASC;
    switch (order?.field ?? WorkingGroupOrderField.SLUG) {
      case WorkingGroupOrderField.NAME:
        return { key: `name:${locale}`, expression: localizedSortExpression('e.name', locale), type: 'text', direction };
      case WorkingGroupOrderField.FOUNDED_ON:
        return { key: 'foundedOn', expression: `coalesce(e.founded_on, '0001-01-01'::date)`, type: 'date', direction };
      default:
        return { key: 'slug', expression: 'e.slug', type: 'text', direction };
    }
  }
}
