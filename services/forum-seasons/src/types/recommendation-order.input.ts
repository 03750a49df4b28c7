import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '@icssi/platform';
import { RecommendationOrderField } from '../domain/recommendation-filter';
import type * as domain from '../domain/recommendation-filter';

registerEnumType(RecommendationOrderField, {
  name: 'RecommendationOrderField',
  description: 'What to sort recommendations by.',
  valuesConfig: {
    SLUG: { description: 'Slug.' },
    TITLE: { description: 'Title in the reader’s language.' },
    ADOPTED_ON: { description: 'Adoption date (not yet adopted first).' },
  },
});

@InputType('RecommendationOrder', { description: 'Sort order of a list of recommendations.' })
export class RecommendationOrder implements domain.RecommendationOrder {
  @Field(() => RecommendationOrderField, { description: 'What to sort by.' })
  field!: RecommendationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' })
  direction!: OrderDirection;
}

/** The domain's enum (GraphQL types import it from here, so it is registered first). */
export { RecommendationOrderField };
