import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { MembershipEntity } from '../entities/membership.entity';
import { Membership } from './membership.type';

@ObjectType('MembershipPayload', { description: 'The result of a membership mutation.' })
export class MembershipPayload {
  @Field(() => Membership, { nullable: true, description: 'The membership as written; null when userErrors say why not.' })
  membership!: MembershipEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
