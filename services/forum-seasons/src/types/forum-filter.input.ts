import { Field, InputType } from 'type-graphql';
import { Region } from '@icssi/platform';
import type * as domain from '../domain/forum-filter';

@InputType('ForumFilter', { description: 'Narrows the list of forums.' })
export class ForumFilter implements domain.ForumFilter {
  @Field(() => Region, { nullable: true, description: 'Of this region.' })
  region?: Region | null;

  @Field(() => String, { nullable: true, description: 'Text in any language or script (name, slug).' })
  text?: string | null;
}
