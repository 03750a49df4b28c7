import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, LocalizedTextInput } from '@icssi/platform';
import { CouncilSector } from './council-sector.enum';
import { CouncilStatus } from './council-status.enum';
import type * as council from '../domain/council.commands';
import type * as member from '../domain/council-member.commands';
import type * as meeting from '../domain/council-meeting.commands';

@InputType('CreateCohesionCouncilInput', { description: 'A new social cohesion council in a governorate.' })
export class CreateCohesionCouncilInput implements council.CreateCohesionCouncilInput {
  @Field(() => String, {
    nullable: true,
    description: 'Your key for this create: a retry with the same key and input returns the first result.',
  })
  idempotencyKey?: string | null;

  @Field({ description: 'Unique URL name: lower-case letters, digits and hyphens.' })
  slug!: string;

  @Field(() => LocalizedTextInput, { description: 'Name in at least one language.' })
  name!: LocalizedTextInput;

  @Field(() => ID, { description: 'Governorate (ISO code); its region decides who may create the council.' })
  governorateCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The coordinating civil-society organisation (checked with the organisations subgraph).',
  })
  coordinatingOrganisationId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was established.' })
  establishedOn?: string | null;
}

@InputType('AddCouncilMemberInput', { description: 'A seat on a council.' })
export class AddCouncilMemberInput implements member.AddCouncilMemberInput {
  @Field(() => String, { nullable: true, description: 'Your key for this create.' })
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The council.' })
  councilId!: string;

  @Field(() => CouncilSector, { description: 'Which part of society the seat represents.' })
  sector!: CouncilSector;

  @Field(() => ID, { nullable: true, description: 'The person holding the seat (checked with the organisations subgraph).' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the seat belongs to.' })
  organisationId?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Whom the seat represents otherwise.' })
  onBehalfOf?: LocalizedTextInput | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: string | null;
}

@InputType('RecordCouncilMeetingInput', { description: 'A council meeting: date and attendance counts (never attendee lists).' })
export class RecordCouncilMeetingInput implements meeting.RecordCouncilMeetingInput {
  @Field(() => String, { nullable: true, description: 'Your key for this create.' })
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The council.' })
  councilId!: string;

  @Field(() => DateScalar, { description: 'The day.' })
  heldOn!: string;

  @Field(() => Int, { nullable: true, description: 'People attending.' })
  attendanceTotal?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of whom women (not more than the total).' })
  attendanceWomen?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of whom young people (not more than the total).' })
  attendanceYouth?: number | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Summary.' })
  summary?: LocalizedTextInput | null;
}

@InputType('UpdateCohesionCouncilInput', { description: 'Changes to a council; fields left out stay as they are.' })
export class UpdateCohesionCouncilInput implements council.UpdateCohesionCouncilInput {
  @Field(() => ID, { description: 'The council.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New name.' })
  name?: LocalizedTextInput | null;

  @Field(() => CouncilStatus, { nullable: true, description: 'New state.' })
  status?: CouncilStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was established.' })
  establishedOn?: string | null;
}

@InputType('ArchiveCohesionCouncilInput', { description: 'Archives a council: it leaves every list and stays resolvable for admins.' })
export class ArchiveCohesionCouncilInput implements council.ArchiveCohesionCouncilInput {
  @Field(() => ID, { description: 'The council.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType('EndCouncilMemberInput', { description: 'A seat is vacated.' })
export class EndCouncilMemberInput implements member.EndCouncilMemberInput {
  @Field(() => ID, { description: 'The seat.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => DateScalar, { description: 'Last day (not before the first).' })
  endDate!: string;
}

@InputType('UpdateCouncilMemberInput', {
  description: 'Changes to a seat; fields left out stay as they are (who holds it is changed by ending it and adding another).',
})
export class UpdateCouncilMemberInput implements member.UpdateCouncilMemberInput {
  @Field(() => ID, { description: 'The seat.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => CouncilSector, { nullable: true, description: 'Which part of society the seat represents.' })
  sector?: CouncilSector | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Whom the seat represents otherwise (replaces the stored text).' })
  onBehalfOf?: LocalizedTextInput | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day (not after the last).' })
  startDate?: string | null;
}

@InputType('ArchiveCouncilMeetingInput', { description: 'Archives a meeting recorded by mistake.' })
export class ArchiveCouncilMeetingInput implements meeting.ArchiveCouncilMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType('UpdateCouncilMeetingInput', { description: 'Corrects a meeting record; fields left out stay as they are.' })
export class UpdateCouncilMeetingInput implements meeting.UpdateCouncilMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => DateScalar, { nullable: true, description: 'The day.' })
  heldOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'People attending.' })
  attendanceTotal?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of whom women.' })
  attendanceWomen?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of whom young people.' })
  attendanceYouth?: number | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Summary.' })
  summary?: LocalizedTextInput | null;
}
