import { Field, ID, InputType, Int } from 'type-graphql';
import { DateRange, Region } from '@icssi/platform';
import { ForumSeasonStatus } from './forum-season-status.enum';
import type * as domain from '../domain/forum-season-filter';

@InputType('ForumSeasonFilter', { description: 'Narrows a list of forum seasons; all given conditions must hold.' })
export class ForumSeasonFilter implements domain.ForumSeasonFilter {
  @Field(() => ID, { nullable: true, description: 'Seasons of this forum.' })
  forumId?: string | null;

  @Field(() => Region, { nullable: true, description: 'Seasons of forums of this region.' })
  region?: Region | null;

  @Field(() => Int, { nullable: true, description: 'Held in this year.' })
  year?: number | null;

  @Field(() => ForumSeasonStatus, { nullable: true, description: 'In this state.' })
  status?: ForumSeasonStatus | null;

  @Field(() => ID, { nullable: true, description: 'Held in this governorate (ISO code).' })
  governorateCode?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Starting within these dates.' })
  held?: DateRange | null;

  @Field(() => String, { nullable: true, description: 'Text in any language or script (theme, venue, year).' })
  text?: string | null;
}
