import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '@icssi/platform';
import { WorkingGroupOrderField } from '../domain/working-group-filter';
import type * as domain from '../domain/working-group-filter';

// Enum values live in the domain; GraphQL only registers them.
export { WorkingGroupOrderField };

registerEnumType(WorkingGroupOrderField, {
  name: 'WorkingGroupOrderField',
  description: 'What to sort working groups by.',
  valuesConfig: {
    NAME: { description: 'Name in the reader’s language.' },
    SLUG: { description: 'Slug.' },
    FOUNDED_ON: { description: 'Founding date (unknown dates first).' },
  },
});

@InputType('WorkingGroupOrder', { description: 'Sort order of a list of working groups.' })
export class WorkingGroupOrder implements domain.WorkingGroupOrder {
  @Field(() => WorkingGroupOrderField, { description: 'What to sort by.' })
  field!: WorkingGroupOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' })
  direction!: OrderDirection;
}
