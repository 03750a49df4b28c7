import { Field, InputType } from 'type-graphql';
import { Region } from '@icssi/platform';

@InputType('ForumFilter', { description: 'Narrows the list of forums.' })
export class ForumFilter {
  @Field(() => Region, { nullable: true, description: 'Of this region.' })
  region?: Region | null;

  @Field(() => String, { nullable: true, description: 'Text in any language or script (name, slug).' })
  text?: string | null;
}
