import { Field, InputType } from 'type-graphql';
import { Region } from '@icssi/platform';

@InputType('PersonFilter', { description: 'Narrows a list of people.' })
export class PersonFilter {
  @Field(() => Region, { nullable: true, description: 'Active in this region.' })
  region?: Region | null;
}
