import { Field, InputType } from 'type-graphql';
import { Region } from '@icssi/platform';
import type * as domain from '../domain/person-filter';

@InputType('PersonFilter', { description: 'Narrows a list of people.' })
export class PersonFilter implements domain.PersonFilter {
  @Field(() => Region, { nullable: true, description: 'Active in this region.' })
  region?: Region | null;
}
