import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, LocalizedTextInput, Region, Theme } from '@icssi/platform';
import { SessionFormat } from './session-format.enum';
import { ForumSeasonStatus } from './forum-season-status.enum';

@InputType('CreateForumSeasonInput', { description: 'A new season of a forum; its number is unique within the forum.' })
export class CreateForumSeasonInput {
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

@InputType('AddForumSessionInput', { description: 'A programme item of a season.' })
export class AddForumSessionInput {
  @Field(() => String, { nullable: true, description: 'Your key for this create.' })
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The season.' })
  seasonId!: string;

  @Field(() => LocalizedTextInput, { description: 'Title in at least one language.' })
  title!: LocalizedTextInput;

  @Field(() => SessionFormat, { description: 'Format.' })
  format!: SessionFormat;

  @Field(() => [Theme], { nullable: true, description: 'Themes.' })
  themes?: Theme[] | null;

  @Field(() => Date, { nullable: true, description: 'Start time.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End time (not before the start).' })
  endsAt?: Date | null;

  @Field(() => [ID], { nullable: true, description: 'Organising organisations (checked with the organisations subgraph).' })
  organiserIds?: string[] | null;
}

@InputType('AddSeasonParticipantInput', { description: 'An organisation takes part in a season.' })
export class AddSeasonParticipantInput {
  @Field(() => ID, { description: 'The season.' })
  seasonId!: string;

  @Field(() => ID, { description: 'The organisation (checked with the organisations subgraph).' })
  organisationId!: string;
}

@InputType('UpdateForumSeasonInput', { description: 'Changes to a season; fields left out stay as they are.' })
export class UpdateForumSeasonInput {
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

@InputType('CreateForumInput', { description: 'A new social forum (admins).' })
export class CreateForumInput {
  @Field(() => String, { nullable: true, description: 'Your key for this create.' })
  idempotencyKey?: string | null;

  @Field({ description: 'Unique URL name.' })
  slug!: string;

  @Field(() => LocalizedTextInput, { description: 'Name in at least one language.' })
  name!: LocalizedTextInput;

  @Field(() => Region, { description: 'Region of the forum.' })
  region!: Region;

  @Field(() => ID, { description: 'Governorate where it is based (checked with the organisations subgraph).' })
  hostGovernorateCode!: string;

  @Field(() => Int, { nullable: true, description: 'Year founded.' })
  foundedYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'The secretariat organisation (checked with the organisations subgraph).' })
  secretariatOrganisationId?: string | null;
}

@InputType('UpdateForumInput', { description: 'Changes to a forum (admins); fields left out stay as they are.' })
export class UpdateForumInput {
  @Field(() => ID, { description: 'The forum.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Name in at least one language (replaces the stored one).' })
  name?: LocalizedTextInput | null;

  @Field(() => Int, { nullable: true, description: 'Year founded.' })
  foundedYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'The secretariat organisation (checked with the organisations subgraph).' })
  secretariatOrganisationId?: string | null;
}

@InputType('ArchiveForumInput', { description: 'Archives a forum that no longer meets (admins).' })
export class ArchiveForumInput {
  @Field(() => ID, { description: 'The forum.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType('ArchiveForumSeasonInput', { description: 'Archives a season announced but never held.' })
export class ArchiveForumSeasonInput {
  @Field(() => ID, { description: 'The season.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType('ArchiveForumSessionInput', { description: 'Archives a cancelled or mistaken programme item.' })
export class ArchiveForumSessionInput {
  @Field(() => ID, { description: 'The session.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType('UpdateForumSessionInput', { description: 'Changes to a programme item; fields left out stay as they are.' })
export class UpdateForumSessionInput {
  @Field(() => ID, { description: 'The session.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Title in at least one language (replaces the stored one).' })
  title?: LocalizedTextInput | null;

  @Field(() => SessionFormat, { nullable: true, description: 'Format.' })
  format?: SessionFormat | null;

  @Field(() => [Theme], { nullable: true, description: 'Themes (replace those stored).' })
  themes?: Theme[] | null;

  @Field(() => Date, { nullable: true, description: 'Start time.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End time (not before the start).' })
  endsAt?: Date | null;
}
