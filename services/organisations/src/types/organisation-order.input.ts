import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '@icssi/platform';
import { OrganisationOrderField } from '../domain/organisation-filter';
import type * as domain from '../domain/organisation-filter';

// Enum values live in the domain; GraphQL only registers them.
export { OrganisationOrderField };

registerEnumType(OrganisationOrderField, {
  name: 'OrganisationOrderField',
  description: 'What to sort organisations by.',
  valuesConfig: {
    NAME: { description: 'Name in the reader’s language.' },
    SLUG: { description: 'Slug.' },
    FOUNDED_YEAR: { description: 'Year founded (unknown years first).' },
    CREATED_AT: { description: 'When the record was created.' },
  },
});

@InputType('OrganisationOrder', { description: 'Sort order of a list of organisations.' })
export class OrganisationOrder implements domain.OrganisationOrder {
  @Field(() => OrganisationOrderField, { description: 'What to sort by.' })
  field!: OrganisationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' })
  direction!: OrderDirection;
}
