import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '@icssi/platform';

export enum OrganisationOrderField {
  NAME = 'NAME',
  SLUG = 'SLUG',
  FOUNDED_YEAR = 'FOUNDED_YEAR',
  CREATED_AT = 'CREATED_AT',
}

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
export class OrganisationOrder {
  @Field(() => OrganisationOrderField, { description: 'What to sort by.' })
  field!: OrganisationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' })
  direction!: OrderDirection;
}
