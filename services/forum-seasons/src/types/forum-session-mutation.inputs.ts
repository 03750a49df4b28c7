import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalizedTextInput, Theme } from '@icssi/platform';
import { SessionFormat } from './session-format.enum';
import type * as domain from '../domain/forum-session.commands';

@InputType('AddForumSessionInput', { description: 'A programme item of a season.' })
export class AddForumSessionInput implements domain.AddForumSessionInput {
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

@InputType('UpdateForumSessionInput', { description: 'Changes to a programme item; fields left out stay as they are.' })
export class UpdateForumSessionInput implements domain.UpdateForumSessionInput {
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

@InputType('ArchiveForumSessionInput', { description: 'Archives a cancelled or mistaken programme item.' })
export class ArchiveForumSessionInput implements domain.ArchiveForumSessionInput {
  @Field(() => ID, { description: 'The session.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}
