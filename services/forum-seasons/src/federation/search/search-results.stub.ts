import { Directive, Field, ObjectType } from 'type-graphql';

/** The search results entity (owned by the organisations subgraph); this subgraph adds recommendations. */
@Directive('@key(fields: "query")')
@ObjectType('SearchResults', { description: 'What a search finds, per kind of record; each list is paginated.' })
export class SearchResults {
  @Field({ description: 'The text searched for, as given.' })
  query!: string;
}

export const resolveSearchResultsReference = (reference: { query: string }): SearchResults => ({ query: reference.query });
