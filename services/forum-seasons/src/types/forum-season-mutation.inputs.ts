import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, LocalizedTextInput } from '@icssi/platform';
import { ForumSeasonStatus } from './forum-season-status.enum';
import type * as domain from '../domain/forum-season.commands';

@InputType('CreateForumSeasonInput', { description: 'A new season of a forum; its number is unique within the forum.' })
export class CreateForumSeasonInput implements domain.CreateForumSeasonInput {
  @Field(() => String, {
    nullable: true,
    description: 'Your key for this create: a retry with the same key and input returns the first result.',
  })
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The forum.' })
  forumId!: string;

  @Field(() => Int, { description: 'Season number (1, 2, …), unique within the forum.' })
  number!: number;

  @Field(() => Int, { description: 'Year held.' })
  year!: number;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day (not before the first).' })
  endDate?: string | null;

  @Field(() => ID, { description: 'Governorate where it is held (ISO code, checked with the organisations subgraph).' })
  governorateCode!: string;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Venue: a public venue or city, never a private address.' })
  venue?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Theme of the season.' })
  theme?: LocalizedTextInput | null;

  @Field(() => ForumSeasonStatus, { nullable: true, description: 'State (default PLANNED).' })
  status?: ForumSeasonStatus | null;
}

@InputType('AddSeasonParticipantInput', { description: 'An organisation takes part in a season.' })
export class AddSeasonParticipantInput implements domain.AddSeasonParticipantInput {
  @Field(() => ID, { description: 'The season.' })
  seasonId!: string;

  @Field(() => ID, { description: 'The organisation (checked with the organisations subgraph).' })
  organisationId!: string;
}

@InputType('UpdateForumSeasonInput', { description: 'Changes to a season; fields left out stay as they are.' })
export class UpdateForumSeasonInput implements domain.UpdateForumSeasonInput {
  @Field(() => ID, { description: 'The season.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => ForumSeasonStatus, { nullable: true, description: 'Planned, open or concluded.' })
  status?: ForumSeasonStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day.' })
  endDate?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Theme.' })
  theme?: LocalizedTextInput | null;
}

@InputType('ArchiveForumSeasonInput', { description: 'Archives a season announced but never held.' })
export class ArchiveForumSeasonInput implements domain.ArchiveForumSeasonInput {
  @Field(() => ID, { description: 'The season.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}
