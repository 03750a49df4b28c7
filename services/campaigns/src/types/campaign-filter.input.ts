import { Field, ID, InputType } from 'type-graphql';
import { DateRange, Region, Theme } from '@icssi/platform';
import { CampaignStatus } from './campaign-status.enum';
import type * as domain from '../domain/campaign-filter';

@InputType('CampaignFilter', { description: 'Narrows a list of campaigns; all given conditions must hold.' })
export class CampaignFilter implements domain.CampaignFilter {
  @Field(() => Region, { nullable: true, description: 'Running in this region.' })
  region?: Region | null;

  @Field(() => ID, { nullable: true, description: 'Acting in this governorate (ISO code).' })
  governorateCode?: string | null;

  @Field(() => Theme, { nullable: true, description: 'On this theme.' })
  theme?: Theme | null;

  @Field(() => [CampaignStatus], {
    nullable: true,
    description:
      'In one of these states today (one value may be given without brackets; an empty list does not filter); drafts are never listed.',
  })
  status?: CampaignStatus[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Running at some time within these dates.' })
  period?: DateRange | null;

  @Field(() => String, { nullable: true, description: 'Text in any language or script (title, summary, slug).' })
  text?: string | null;
}
