import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, VersionedType } from '@icssi/platform';

@Directive('@key(fields: "id")')
@ObjectType('CouncilMeeting', { description: 'A meeting of a cohesion council, with protected attendance counts (never attendee lists).' })
export class CouncilMeeting extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field(() => DateScalar, { description: 'The day of the meeting.' })
  heldOn!: string;
}
