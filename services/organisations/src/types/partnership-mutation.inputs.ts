import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, Region, Theme } from '@icssi/platform';
import { PartnershipRole } from './partnership-role.enum';
import type * as partnership from '../domain/partnership.commands';

@InputType('CreatePartnershipInput', { description: 'A partnership: `organisationId` plays `role` towards `partnerId`.' })
export class CreatePartnershipInput implements partnership.CreatePartnershipInput {
  @Field(() => String, { nullable: true, description: 'Your key for this create.' })
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The organisation playing the role.' })
  organisationId!: string;

  @Field(() => ID, { description: 'The partner.' })
  partnerId!: string;

  @Field(() => PartnershipRole, { description: 'The role.' })
  role!: PartnershipRole;

  @Field(() => Region, { nullable: true, description: 'The region the partnership covers; none for all.' })
  regionScope?: Region | null;

  @Field(() => [Theme], { nullable: true, description: 'Themes.' })
  themes?: Theme[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: string | null;
}

@InputType('UpdatePartnershipInput', {
  description: 'Changes to a partnership; fields left out stay as they are (its end is `endPartnership`).',
})
export class UpdatePartnershipInput implements partnership.UpdatePartnershipInput {
  @Field(() => ID, { description: 'The partnership.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => PartnershipRole, { nullable: true, description: 'The role.' })
  role?: PartnershipRole | null;

  @Field(() => Region, { nullable: true, description: 'The region the partnership covers.' })
  regionScope?: Region | null;

  @Field(() => [Theme], { nullable: true, description: 'Themes (replace those stored).' })
  themes?: Theme[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day (not after the last).' })
  startDate?: string | null;
}

@InputType('EndPartnershipInput', { description: 'A partnership ends.' })
export class EndPartnershipInput implements partnership.EndPartnershipInput {
  @Field(() => ID, { description: 'The partnership.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => DateScalar, { description: 'Last day (not before the first).' })
  endDate!: string;
}
