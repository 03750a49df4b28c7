import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { MembershipEntity } from '../entities/membership.entity';
import { PersonEntity } from '../entities/person.entity';
import { Membership } from './membership.type';
import { Person } from './person.type';
import { Partnership } from './partnership.type';
import { PartnershipEntity } from '../entities/partnership.entity';
import { WorkingGroup } from './working-group.type';
import { WorkingGroupEntity } from '../entities/working-group.entity';

@ObjectType('PersonPayload', { description: 'The result of a person mutation.' })
export class PersonPayload {
  @Field(() => Person, { nullable: true, description: 'The person as written; null when userErrors say why not.' })
  person!: PersonEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType('MembershipPayload', { description: 'The result of a membership mutation.' })
export class MembershipPayload {
  @Field(() => Membership, { nullable: true, description: 'The membership as written; null when userErrors say why not.' })
  membership!: MembershipEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType('WorkingGroupPayload', { description: 'The result of a working group mutation.' })
export class WorkingGroupPayload {
  @Field(() => WorkingGroup, { nullable: true, description: 'The group as written; null when userErrors say why not.' })
  workingGroup!: WorkingGroupEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType('PartnershipPayload', { description: 'The result of a partnership mutation.' })
export class PartnershipPayload {
  @Field(() => Partnership, { nullable: true, description: 'The partnership as written; null when userErrors say why not.' })
  partnership!: PartnershipEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
