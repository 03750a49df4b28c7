import { Field, ID, InputType } from 'type-graphql';
import { DateRange } from '@icssi/platform';
import { CampaignActionType } from './campaign-action-type.enum';
import type * as domain from '../domain/campaign-action-filter';

@InputType('CampaignActionFilter', { description: 'Narrows a list of campaign actions.' })
export class CampaignActionFilter implements domain.CampaignActionFilter {
  @Field(() => CampaignActionType, { nullable: true, description: 'Of this kind.' })
  type?: CampaignActionType | null;

  @Field(() => ID, { nullable: true, description: 'In this governorate (ISO code).' })
  governorateCode?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Taking place within these dates.' })
  occurred?: DateRange | null;
}
