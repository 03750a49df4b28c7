import { Field, ID, InputType } from 'type-graphql';
import { DateRange, Theme } from '@icssi/platform';
import { RecommendationStatus } from './recommendation-status.enum';
import type * as domain from '../domain/recommendation-filter';

@InputType('RecommendationFilter', { description: 'Narrows a list of recommendations; all given conditions must hold.' })
export class RecommendationFilter implements domain.RecommendationFilter {
  @Field(() => RecommendationStatus, { nullable: true, description: 'In this state.' })
  status?: RecommendationStatus | null;

  @Field(() => Theme, { nullable: true, description: 'On this theme.' })
  theme?: Theme | null;

  @Field(() => ID, { nullable: true, description: 'Of this forum.' })
  forumId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this season.' })
  seasonId?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Adopted within these dates.' })
  adopted?: DateRange | null;

  @Field(() => String, { nullable: true, description: 'Text in any language or script (title, text, slug).' })
  text?: string | null;
}
