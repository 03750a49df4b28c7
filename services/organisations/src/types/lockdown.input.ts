import { Field, ID, InputType } from 'type-graphql';

@InputType('LockdownPersonInput', { description: 'Which person to remove from every non-custodian view.' })
export class LockdownPersonInput {
  @Field(() => ID, { description: 'The person’s id.' })
  personId!: string;
}

@InputType('LockdownOrganisationInput', { description: 'Which organisation to remove from every non-custodian view.' })
export class LockdownOrganisationInput {
  @Field(() => ID, { description: 'The organisation’s id.' })
  organisationId!: string;
}
