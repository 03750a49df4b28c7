import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '@icssi/platform';

export enum CohesionCouncilOrderField {
  SLUG = 'SLUG',
  NAME = 'NAME',
  ESTABLISHED_ON = 'ESTABLISHED_ON',
}

registerEnumType(CohesionCouncilOrderField, {
  name: 'CohesionCouncilOrderField',
  description: 'What to sort cohesion councils by.',
  valuesConfig: {
    SLUG: { description: 'Slug.' },
    NAME: { description: 'Name in the reader’s language.' },
    ESTABLISHED_ON: { description: 'Date established (councils still forming first).' },
  },
});

@InputType('CohesionCouncilOrder', { description: 'Sort order of a list of cohesion councils.' })
export class CohesionCouncilOrder {
  @Field(() => CohesionCouncilOrderField, { description: 'What to sort by.' })
  field!: CohesionCouncilOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' })
  direction!: OrderDirection;
}
