import { createSearchResultsStub } from '@icssi/platform';

/** This subgraph's stub of the search results entity (owned by the organisations subgraph); it adds forums, seasons, sessions and recommendations. */
export const SearchResults = createSearchResultsStub();
