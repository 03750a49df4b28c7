import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, LocalizedTextInput, Region, Theme } from '@icssi/platform';
import { CampaignActionType } from './campaign-action-type.enum';
import { CampaignStatus } from './campaign-status.enum';
import type * as domain from '../domain/campaign.commands';

@InputType('CreateCampaignInput', { description: 'A new campaign.' })
export class CreateCampaignInput implements domain.CreateCampaignInput {
  @Field(() => String, {
    nullable: true,
    description: 'Your key for this create: a retry with the same key and input returns the first result.',
  })
  idempotencyKey?: string | null;

  @Field({ description: 'Unique URL name: lower-case letters, digits and hyphens.' })
  slug!: string;

  @Field(() => LocalizedTextInput, { description: 'Title in at least one language.' })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Summary.' })
  summary?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Goals.' })
  goals?: LocalizedTextInput | null;

  @Field(() => [Theme], { description: 'Themes.' })
  themes!: Theme[];

  @Field(() => CampaignStatus, {
    nullable: true,
    description:
      'Starting state (default DRAFT). PLANNED, ACTIVE or COMPLETED as the dates say today makes the status follow the calendar; another one is kept as an explicit override.',
  })
  status?: CampaignStatus | null;

  @Field(() => [Region], { description: 'Regions it runs in; editors: their own region only (cross-region campaigns: admins).' })
  regions!: Region[];

  @Field(() => [ID], { nullable: true, description: 'Governorates (ISO codes) where it acts.' })
  governorateCodes?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day (not before the first).' })
  endDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Leading working group (checked with the organisations subgraph).' })
  leadWorkingGroupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Leading organisation (checked with the organisations subgraph).' })
  leadOrganisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The joint campaign this one is part of.' })
  parentCampaignId?: string | null;
}

@InputType('UpdateCampaignInput', { description: 'Changes to a campaign; fields left out stay as they are.' })
export class UpdateCampaignInput implements domain.UpdateCampaignInput {
  @Field(() => ID, { description: 'The campaign.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New title.' })
  title?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New summary.' })
  summary?: LocalizedTextInput | null;

  @Field(() => CampaignStatus, {
    nullable: true,
    description:
      'New state. PLANNED, ACTIVE or COMPLETED as the dates say today makes the status follow the calendar; another one is kept as an explicit override.',
  })
  status?: CampaignStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: the status follows the dates again (clears an override, a DRAFT or a CANCELLED status); false: keeps today’s status as an explicit one. Not together with `status`.',
  })
  followCalendar?: boolean | null;

  @Field(() => [Theme], { nullable: true, description: 'Themes (replaces the list).' })
  themes?: Theme[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day.' })
  endDate?: string | null;
}

@InputType('ArchiveCampaignInput', {
  description: 'Archives a campaign: it leaves every list and stays resolvable for its editors and admins.',
})
export class ArchiveCampaignInput implements domain.ArchiveCampaignInput {
  @Field(() => ID, { description: 'The campaign.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType('ArchiveCampaignActionInput', { description: 'Retracts a campaign action.' })
export class ArchiveCampaignActionInput implements domain.ArchiveCampaignActionInput {
  @Field(() => ID, { description: 'The action.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType('AddCampaignActionInput', { description: 'A dated activity of a campaign; located by governorate only.' })
export class AddCampaignActionInput implements domain.AddCampaignActionInput {
  @Field(() => String, {
    nullable: true,
    description: 'Your key for this create: a retry with the same key and input returns the first result.',
  })
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => CampaignActionType, { description: 'What kind of activity.' })
  type!: CampaignActionType;

  @Field(() => DateScalar, { description: 'The day.' })
  occurredOn!: string;

  @Field(() => ID, { nullable: true, description: 'Governorate (ISO code) — never a finer location.' })
  governorateCode?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What happened.' })
  description?: LocalizedTextInput | null;

  @Field(() => Int, { nullable: true, description: 'Participants.' })
  participantsTotal?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of whom women (not more than the total).' })
  participantsWomen?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of whom young people (not more than the total).' })
  participantsYouth?: number | null;
}

@InputType('LinkCampaignInput', { description: 'Links a campaign to a partner organisation or to a forum recommendation it advances.' })
export class LinkCampaignInput implements domain.LinkCampaignInput {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => ID, { description: 'The organisation or recommendation (checked with the subgraph that owns it).' })
  targetId!: string;
}

@InputType('UpdateCampaignActionInput', { description: 'Changes to a campaign action; fields left out stay as they are.' })
export class UpdateCampaignActionInput implements domain.UpdateCampaignActionInput {
  @Field(() => ID, { description: 'The action.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => DateScalar, { nullable: true, description: 'The day.' })
  occurredOn?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What happened.' })
  description?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What came of it.' })
  outcome?: LocalizedTextInput | null;

  @Field(() => Int, { nullable: true, description: 'Participants.' })
  participantsTotal?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of whom women.' })
  participantsWomen?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of whom young people.' })
  participantsYouth?: number | null;
}
