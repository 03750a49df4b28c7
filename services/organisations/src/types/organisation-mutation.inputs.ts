import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalizedTextInput, Region, Theme } from '@icssi/platform';
import { OrganisationKind } from './organisation-kind.enum';
import { OrganisationStatus } from './organisation-status.enum';
import { RegistrationStatus } from './registration-status.enum';
import type * as domain from '../domain/organisation.commands';

@InputType('CreateOrganisationInput', { description: 'A new organisation.' })
export class CreateOrganisationInput implements domain.CreateOrganisationInput {
  @Field(() => String, {
    nullable: true,
    description: 'Your key for this create: a retry with the same key and input returns the first result.',
  })
  idempotencyKey?: string | null;

  @Field({ description: 'Unique URL name: lower-case letters, digits and hyphens.' })
  slug!: string;

  @Field(() => LocalizedTextInput, { description: 'Name in at least one language.' })
  name!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Description.' })
  description?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'Short name (at most 20 characters).' })
  acronym?: string | null;

  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind!: OrganisationKind;

  @Field(() => Region, { description: 'Where it is based; editors create organisations of their own region.' })
  homeRegion!: Region;

  @Field(() => ID, { nullable: true, description: 'Governorate of the headquarters (ISO code).' })
  headquartersCode?: string | null;

  @Field(() => [Theme], { nullable: true, description: 'Themes it works on.' })
  themes?: Theme[] | null;

  @Field(() => Int, { nullable: true, description: 'Year founded.' })
  foundedYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Public website (http or https).' })
  website?: string | null;

  @Field(() => RegistrationStatus, { description: 'Registered body or informal collective.' })
  registrationStatus!: RegistrationStatus;
}

@InputType('UpdateOrganisationInput', { description: 'Changes to an organisation; fields left out stay as they are.' })
export class UpdateOrganisationInput implements domain.UpdateOrganisationInput {
  @Field(() => ID, { description: 'The organisation.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New name (replaces every translation).' })
  name?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New description.' })
  description?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'Short name.' })
  acronym?: string | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Kind of body.' })
  kind?: OrganisationKind | null;

  @Field(() => ID, { nullable: true, description: 'Governorate of the headquarters.' })
  headquartersCode?: string | null;

  @Field(() => [Theme], { nullable: true, description: 'Themes (replaces the list).' })
  themes?: Theme[] | null;

  @Field(() => Int, { nullable: true, description: 'Year founded.' })
  foundedYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Public website.' })
  website?: string | null;

  @Field(() => OrganisationStatus, { nullable: true, description: 'Active or inactive (archive with archiveOrganisation).' })
  status?: OrganisationStatus | null;

  @Field(() => RegistrationStatus, { nullable: true, description: 'Registration status.' })
  registrationStatus?: RegistrationStatus | null;
}

@InputType('ArchiveOrganisationInput', { description: 'Archives an organisation: it leaves lists and stays resolvable.' })
export class ArchiveOrganisationInput implements domain.ArchiveOrganisationInput {
  @Field(() => ID, { description: 'The organisation.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}
