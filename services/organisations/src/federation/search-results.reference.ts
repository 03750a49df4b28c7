import { type SearchResults } from '../types/search-results.type';

export const resolveSearchResultsReference = (reference: { query: string }): SearchResults => ({ query: reference.query });
