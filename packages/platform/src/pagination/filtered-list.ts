import { type ObjectLiteral } from 'typeorm';
import { type Locale } from '../i18n/locale';
import { localizedSortExpression } from '../i18n/localized-sort';
import { searchRelevanceSort } from '../search/search-sql';
import { type Page } from './connection.type';
import { type KeysetLister, type PageArgs, type SortSpec, type SqlParams } from './keyset-lister';

/** The filter a search is: its text alone. */
export interface SearchFilter {
  text: string;
}

/** What a reader declares for its root list and search (the ordering is the reader's, chosen per request). */
export interface FilteredListSpec<F, Context> {
  /** The FROM clause, the listed record aliased `e` (it has a `search_text` column). */
  from: string;
  /** The WHERE conditions of a filter, or of a search (`{ text }`); `context` is what else they depend on (the viewer). */
  conditions: (filter: F | SearchFilter | Record<string, never>, params: SqlParams, context: Context) => string[];
  /** The localized name column: results of equal relevance come in its order in the reader's language. */
  nameColumn: string;
}

/**
 * A reader's root list and search over one record, in one place: both are one keyset page of the
 * same FROM and conditions, the search ordered by relevance then name.
 */
export class FilteredList<E extends ObjectLiteral, F, Context = void> {
  constructor(
    private readonly lister: Pick<KeysetLister<E>, 'page'>,
    private readonly spec: FilteredListSpec<F, Context>,
  ) {}

  list(filter: F | null | undefined, sort: SortSpec, args: PageArgs, context: Context): Promise<Page<E>> {
    return this.lister.page({ from: this.spec.from, where: (params) => this.spec.conditions(filter ?? {}, params, context) }, sort, args);
  }

  /** Records matching a search text in any language or script, most relevant first; as listed. */
  search(text: string, args: PageArgs, locale: Locale, context: Context): Promise<Page<E>> {
    return this.lister.page(
      { from: this.spec.from, where: (params) => this.spec.conditions({ text }, params, context) },
      searchRelevanceSort('e.search_text', text, localizedSortExpression(this.spec.nameColumn, locale)),
      args,
    );
  }
}
