import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar, LocalizedTextInput, Region } from '@icssi/platform';
import { MembershipRole } from './membership-role.enum';

export enum NameConsent {
  PUBLIC = 'PUBLIC',
  NETWORK = 'NETWORK',
  NONE = 'NONE',
}

registerEnumType(NameConsent, {
  name: 'NameConsent',
  description: 'Who the person agreed may see their name.',
  valuesConfig: {
    PUBLIC: { description: 'Everyone.' },
    NETWORK: { description: 'Members of the network and its teams.' },
    NONE: { description: 'Only the team of the person’s region; everyone else sees the pseudonym.' },
  },
});

@InputType('CreatePersonInput', { description: 'A person of the network. Personal values are never written to the audit trail.' })
export class CreatePersonInput {
  @Field(() => String, { nullable: true, description: 'Your key for this create: a retry with the same key and input returns the first result.' })
  idempotencyKey?: string | null;

  @Field(() => LocalizedTextInput, { description: 'Name, with transliterations.' })
  displayName!: LocalizedTextInput;

  @Field({ description: 'The name shown to those who may not see the real one.' })
  pseudonym!: string;

  @Field(() => Region, { description: 'Region; editors create people of their own region.' })
  region!: Region;

  @Field(() => NameConsent, { description: 'Who may see the name.' })
  nameConsent!: NameConsent;

  @Field(() => String, { nullable: true, description: 'Gender (for disaggregated statistics only).' })
  gender?: string | null;

  @Field(() => Int, { nullable: true, description: 'Birth year (for disaggregated statistics only).' })
  birthYear?: number | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;
}

@InputType('AddMembershipInput', { description: 'A person takes a role in an organisation or a working group (exactly one).' })
export class AddMembershipInput {
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
export class EndMembershipInput {
  @Field(() => ID, { description: 'The membership.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => DateScalar, { description: 'Last day (not before the first).' })
  endDate!: string;
}
