import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, LocalizedTextInput, Region, Theme } from '@icssi/platform';
import { WorkingGroupStatus } from './working-group-status.enum';
import type * as domain from '../domain/working-group.commands';

@InputType('CreateWorkingGroupInput', { description: 'A new youth working group.' })
export class CreateWorkingGroupInput implements domain.CreateWorkingGroupInput {
  @Field(() => String, {
    nullable: true,
    description: 'Your key for this create: a retry with the same key and input returns the first result.',
  })
  idempotencyKey?: string | null;

  @Field({ description: 'Unique URL name: lower-case letters, digits and hyphens.' })
  slug!: string;

  @Field(() => LocalizedTextInput, { description: 'Name in at least one language.' })
  name!: LocalizedTextInput;

  @Field(() => [Theme], { description: 'Themes.' })
  themes!: Theme[];

  @Field(() => Region, { description: 'Region; editors create groups of their own region.' })
  region!: Region;

  @Field(() => ID, { nullable: true, description: 'The hosting organisation.' })
  hostOrganisationId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was founded.' })
  foundedOn?: string | null;
}

@InputType('UpdateWorkingGroupInput', { description: 'Changes to a working group; fields left out stay as they are.' })
export class UpdateWorkingGroupInput implements domain.UpdateWorkingGroupInput {
  @Field(() => ID, { description: 'The working group.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New name (replaces every translation).' })
  name?: LocalizedTextInput | null;

  @Field(() => [Theme], { nullable: true, description: 'Themes (replaces the list).' })
  themes?: Theme[] | null;

  @Field(() => WorkingGroupStatus, { nullable: true, description: 'Life-cycle state.' })
  status?: WorkingGroupStatus | null;

  @Field(() => ID, { nullable: true, description: 'The hosting organisation.' })
  hostOrganisationId?: string | null;
}

@InputType('ArchiveWorkingGroupInput', { description: 'Archives a working group: it leaves every list and stays resolvable for admins.' })
export class ArchiveWorkingGroupInput implements domain.ArchiveWorkingGroupInput {
  @Field(() => ID, { description: 'The working group.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}
