import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { CampaignActionEntity } from '../entities/campaign-action.entity';
import { CampaignEntity } from '../entities/campaign.entity';
import { CampaignAction } from './campaign-action.type';
import { Campaign } from './campaign.type';

@ObjectType('CampaignPayload', { description: 'The result of a campaign mutation.' })
export class CampaignPayload {
  @Field(() => Campaign, { nullable: true, description: 'The campaign as written; null when userErrors say why not.' })
  campaign!: CampaignEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType('CampaignActionPayload', { description: 'The result of adding a campaign action.' })
export class CampaignActionPayload {
  @Field(() => CampaignAction, { nullable: true, description: 'The action as written; null when userErrors say why not.' })
  action!: CampaignActionEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
