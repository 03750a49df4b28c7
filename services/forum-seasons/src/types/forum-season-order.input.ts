import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '@icssi/platform';
import { ForumSeasonOrderField } from '../domain/forum-season-filter';
import type * as domain from '../domain/forum-season-filter';

registerEnumType(ForumSeasonOrderField, {
  name: 'ForumSeasonOrderField',
  description: 'What to sort forum seasons by.',
  valuesConfig: {
    START_DATE: { description: 'First day (undated seasons first).' },
    YEAR: { description: 'Year held.' },
    NUMBER: { description: 'Season number within its forum.' },
  },
});

@InputType('ForumSeasonOrder', { description: 'Sort order of a list of forum seasons.' })
export class ForumSeasonOrder implements domain.ForumSeasonOrder {
  @Field(() => ForumSeasonOrderField, { description: 'What to sort by.' })
  field!: ForumSeasonOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' })
  direction!: OrderDirection;
}

/** The domain's enum (GraphQL types import it from here, so it is registered first). */
export { ForumSeasonOrderField };
