import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '@icssi/platform';
import { CohesionCouncilOrderField } from '../domain/council-filter';
import type * as domain from '../domain/council-filter';

// Enum values live in the domain; GraphQL only registers them.
export { CohesionCouncilOrderField };

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
export class CohesionCouncilOrder implements domain.CohesionCouncilOrder {
  @Field(() => CohesionCouncilOrderField, { description: 'What to sort by.' })
  field!: CohesionCouncilOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' })
  direction!: OrderDirection;
}
