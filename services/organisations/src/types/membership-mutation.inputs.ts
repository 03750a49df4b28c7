import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@icssi/platform';
import { MembershipRole } from './membership-role.enum';
import type * as membership from '../domain/membership.commands';

@InputType('AddMembershipInput', { description: 'A person takes a role in an organisation or a working group (exactly one).' })
export class AddMembershipInput implements membership.AddMembershipInput {
  @Field(() => String, { nullable: true, description: 'Your key for this create.' })
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation.' })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The working group.' })
  workingGroupId?: string | null;

  @Field(() => MembershipRole, { description: 'The role.' })
  role!: MembershipRole;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: string | null;
}

@InputType('EndMembershipInput', { description: 'A membership ends.' })
export class EndMembershipInput implements membership.EndMembershipInput {
  @Field(() => ID, { description: 'The membership.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => DateScalar, { description: 'Last day (not before the first).' })
  endDate!: string;
}

@InputType('UpdateMembershipInput', {
  description: 'A person changes role, or the first day is corrected; fields left out stay as they are.',
})
export class UpdateMembershipInput implements membership.UpdateMembershipInput {
  @Field(() => ID, { description: 'The membership.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => MembershipRole, { nullable: true, description: 'The new role.' })
  role?: MembershipRole | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day (not after the last).' })
  startDate?: string | null;
}
