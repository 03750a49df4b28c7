import { createSearchResultsStub } from '@icssi/platform';

/** This subgraph's stub of the search results entity (owned by the organisations subgraph); it adds cohesion councils. */
export const SearchResults = createSearchResultsStub();
