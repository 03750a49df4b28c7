import { Directive, Field, ObjectType } from 'type-graphql';

/** The search results entity as a subgraph other than organisations (its owner) sees it: only its key. */
export interface SearchResultsKey {
  query: string;
}

/**
 * A fresh `SearchResults` stub class for one subgraph to add its own results to (a new class per
 * call: type-graphql keeps field metadata per class, and several schemas are built in one process).
 */
export function createSearchResultsStub(): new () => SearchResultsKey {
  @Directive('@key(fields: "query")')
  @ObjectType('SearchResults', { description: 'What a search finds, per kind of record; each list is paginated.' })
  class SearchResultsStub implements SearchResultsKey {
    @Field({ description: 'The text searched for, as given.' })
    query!: string;
  }
  return SearchResultsStub;
}

export const resolveSearchResultsStub = (reference: SearchResultsKey): SearchResultsKey => ({ query: reference.query });
