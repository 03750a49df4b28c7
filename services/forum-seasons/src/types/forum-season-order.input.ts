import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '@icssi/platform';

export enum ForumSeasonOrderField {
  START_DATE = 'START_DATE',
  YEAR = 'YEAR',
  NUMBER = 'NUMBER',
}

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
export class ForumSeasonOrder {
  @Field(() => ForumSeasonOrderField, { description: 'What to sort by.' })
  field!: ForumSeasonOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' })
  direction!: OrderDirection;
}
