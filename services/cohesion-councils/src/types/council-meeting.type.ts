import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, VersionedType } from '@icssi/platform';

@Directive('@key(fields: "id")')
@ObjectType('CouncilMeeting', { description: 'A meeting of a cohesion council, with attendance counts (never attendee lists).' })
export class CouncilMeeting extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field(() => DateScalar, { description: 'The day of the meeting.' })
  heldOn!: string;

  @Field(() => Int, { nullable: true, description: 'People attending.' })
  attendanceTotal!: number | null;

  @Field(() => Int, { nullable: true, description: 'Of whom women.' })
  attendanceWomen!: number | null;

  @Field(() => Int, { nullable: true, description: 'Of whom young people (15–29).' })
  attendanceYouth!: number | null;
}
