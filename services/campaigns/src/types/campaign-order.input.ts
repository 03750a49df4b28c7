import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '@icssi/platform';
import { CampaignOrderField } from '../domain/campaign-filter';
import type * as domain from '../domain/campaign-filter';

registerEnumType(CampaignOrderField, {
  name: 'CampaignOrderField',
  description: 'What to sort campaigns by.',
  valuesConfig: {
    START_DATE: { description: 'First day (undated campaigns first).' },
    TITLE: { description: 'Title in the reader’s language.' },
    CREATED_AT: { description: 'When the record was created.' },
  },
});

@InputType('CampaignOrder', { description: 'Sort order of a list of campaigns.' })
export class CampaignOrder implements domain.CampaignOrder {
  @Field(() => CampaignOrderField, { description: 'What to sort by.' })
  field!: CampaignOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' })
  direction!: OrderDirection;
}

/** The domain's enum (GraphQL types import it from here, so it is registered first). */
export { CampaignOrderField };
