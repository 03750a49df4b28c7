import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalizedTextInput, Region } from '@icssi/platform';
import type * as domain from '../domain/forum.commands';

@InputType('CreateForumInput', { description: 'A new social forum (admins).' })
export class CreateForumInput implements domain.CreateForumInput {
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
export class UpdateForumInput implements domain.UpdateForumInput {
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
export class ArchiveForumInput implements domain.ArchiveForumInput {
  @Field(() => ID, { description: 'The forum.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}
