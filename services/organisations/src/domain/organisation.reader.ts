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
  isCustodian,
  localizedSortExpression,
  notLockedDown,
  searchCondition,
  isPlausibleSlug,
  normalizeGovernorateCode,
} from '@icssi/platform';
import { OrganisationEntity } from '../entities/organisation.entity';
import { type OrganisationFilter, type OrganisationOrder, OrganisationOrderField } from './organisation-filter';

/** Read rules for organisations: archived organisations appear in lists only when asked for by status. */
export class OrganisationReader {
  private readonly filtered: FilteredList<OrganisationEntity, OrganisationFilter, Viewer>;

  constructor(private readonly dataSource: DataSource) {
    this.filtered = new FilteredList(new KeysetLister(dataSource, OrganisationEntity), {
      from: 'organisation e',
      conditions: (filter, params, viewer) => this.conditions(filter, params, viewer),
      nameColumn: 'e.name',
    });
  }

  list(
    filter: OrganisationFilter | null | undefined,
    order: OrganisationOrder | null | undefined,
    args: PageArgs,
    locale: Locale,
    viewer: Viewer,
  ): Promise<Page<OrganisationEntity>> {
    return this.filtered.list(filter, this.sort(order, locale), args, viewer);
  }

  /** Records matching a search text in any language or script, most relevant first. */
  search(text: string, args: PageArgs, locale: Locale, viewer: Viewer): Promise<Page<OrganisationEntity>> {
    return this.filtered.search(text, args, locale, viewer);
  }

  async bySlug(slug: string): Promise<OrganisationEntity | null> {
    if (!isPlausibleSlug(slug)) return null;
    return this.dataSource.getRepository(OrganisationEntity).findOneBy({ slug });
  }

  private conditions(filter: OrganisationFilter, params: SqlParams, viewer: Viewer): string[] {
    // Archived organisations are listed only for custodians who ask for them.
    const archivedAllowed = filter.status === 'ARCHIVED' && isCustodian(viewer);
    const where = [
      filter.status && (filter.status !== 'ARCHIVED' || archivedAllowed)
        ? `e.status = ${params.add(filter.status)}`
        : `e.status <> 'ARCHIVED'`,
    ];
    if (filter.status === 'ARCHIVED' && !archivedAllowed) where.push('FALSE');
    // Locked-down organisations do not exist for anyone but custodians.
    if (!isCustodian(viewer)) where.push(notLockedDown(LockdownSubject.ORGANISATION, 'e.id'));
    if (filter.region) where.push(`e.home_region = ${params.add(filter.region)}`);
    if (filter.governorateCode) {
      const code = params.add(normalizeGovernorateCode(filter.governorateCode));
      where.push(
        `(e.headquarters_code = ${code} OR EXISTS (SELECT 1 FROM organisation_governorate g WHERE g.organisation_id = e.id AND g.governorate_code = ${code}))`,
      );
    }
    if (filter.theme) where.push(`e.themes @> ARRAY[${params.add(filter.theme)}]::text[]`);
    if (filter.kind) where.push(`e.kind = ${params.add(filter.kind)}`);
    if (filter.foundedFrom != null) where.push(`e.founded_year >= ${params.add(filter.foundedFrom)}`);
    if (filter.foundedTo != null) where.push(`e.founded_year <= ${params.add(filter.foundedTo)}`);
    const text = filter.text ? searchCondition('e.search_text', filter.text, (value) => params.add(value)) : null;
    if (text) where.push(text);
    return where;
  }

  private sort(order: OrganisationOrder | null | undefined, locale: Locale): SortSpec {
    const direction = order?.direction ?? OrderDirection.ASC;
    switch (order?.field ?? OrganisationOrderField.SLUG) {
      case OrganisationOrderField.NAME:
        return { key: `name:${locale}`, expression: localizedSortExpression('e.name', locale), type: 'text', direction };
      case OrganisationOrderField.FOUNDED_YEAR:
        return { key: 'foundedYear', expression: 'coalesce(e.founded_year, 0)', type: 'int', direction };
      case OrganisationOrderField.CREATED_AT:
        return { key: 'createdAt', expression: 'e.created_at', type: 'timestamptz', direction };
      default:
        return { key: 'slug', expression: 'e.slug', type: 'text', direction };
    }
  }
}
