import { type DataSource } from 'typeorm';
import {
  FilteredList,
  KeysetLister,
  type Locale,
  type Page,
  type PageArgs,
  type Region,
  type SqlParams,
  searchCondition,
} from '@icssi/platform';
import { GovernorateEntity } from '../entities/governorate.entity';
import { type GovernorateFilter } from './governorate-filter';

/** Governorates are public reference data. */
export class GovernorateReader {
  private readonly filtered: FilteredList<GovernorateEntity, GovernorateFilter>;

  constructor(private readonly dataSource: DataSource) {
    this.filtered = new FilteredList(new KeysetLister(dataSource, GovernorateEntity, { column: 'code', type: 'text' }), {
      from: 'governorate e',
      conditions: (filter, params) => this.conditions(filter, params),
      nameColumn: 'e.name',
    });
  }

  /** The codes of a region's governorates, in code order. */
  async codesOf(region: Region): Promise<string[]> {
    const rows: Array<{ code: string }> = await this.dataSource.query(`SELECT code FROM governorate WHERE region = $1 ORDER BY code`, [
      region,
    ]);
    return rows.map((row) => row.code);
  }

  list(filter: GovernorateFilter | null | undefined, args: PageArgs): Promise<Page<GovernorateEntity>> {
    return this.filtered.list(filter, { key: 'code', expression: 'e.code', type: 'text', direction: 'ASC' }, args);
  }

  /** Governorates whose names, codes or aliases (other spellings, the capital) match, most relevant first. */
  search(text: string, args: PageArgs, locale: Locale): Promise<Page<GovernorateEntity>> {
    return this.filtered.search(text, args, locale);
  }

  private conditions(filter: GovernorateFilter, params: SqlParams): string[] {
    const where: string[] = [];
    if (filter.region) where.push(`e.region = ${params.add(filter.region)}`);
    const text = filter.text ? searchCondition('e.search_text', filter.text, (value) => params.add(value)) : null;
    if (text) where.push(text);
    return where;
  }
}
