import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, VersionedType } from '@icssi/platform';
import { MembershipRole } from './membership-role.enum';

@ObjectType('Membership', { description: 'A person’s role in an organisation or a working group, over a period.' })
export class Membership extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field(() => MembershipRole, { description: 'The role held.' })
  role!: MembershipRole;

  @Field(() => DateScalar, { nullable: true, description: 'First day in the role.' })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in the role; null while it lasts.' })
  endDate!: string | null;
}
