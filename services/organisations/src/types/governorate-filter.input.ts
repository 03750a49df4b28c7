import { Field, InputType } from 'type-graphql';
import { Region } from '@icssi/platform';
import type * as domain from '../domain/governorate-filter';

@InputType('GovernorateFilter', { description: 'Narrows the list of governorates.' })
export class GovernorateFilter implements domain.GovernorateFilter {
  @Field(() => Region, { nullable: true, description: 'Of this region.' })
  region?: Region | null;

  @Field(() => String, { nullable: true, description: 'Name in any language or script, or code.' })
  text?: string | null;
}
