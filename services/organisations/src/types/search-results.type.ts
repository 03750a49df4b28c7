import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * Results of one search. Each subgraph adds the results it finds in its own data (organisations
 * and working groups here; campaigns; recommendations), so one query searches them all.
 */
@Directive('@key(fields: "query")')
@ObjectType('SearchResults', { description: 'What a search finds, per kind of record; each list is paginated.' })
export class SearchResults {
  @Field({ description: 'The text searched for, as given.' })
  query!: string;
}
