import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, VersionedType } from '@icssi/platform';
import { ImplementationStatus } from './implementation-status.enum';

@Directive('@key(fields: "id")')
@ObjectType('ImplementationUpdate', { description: 'One dated step on an implementation’s timeline.' })
export class ImplementationUpdate extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field(() => DateScalar, { description: 'The day the progress was reported.' })
  reportedOn!: string;

  @Field(() => Int, { description: 'Progress from 0 to 100 at that date.' })
  progress!: number;

  @Field(() => ImplementationStatus, { description: 'Status at that date.' })
  status!: ImplementationStatus;

  @Field(() => String, { nullable: true, description: 'A public link to evidence (report, article, decision).' })
  evidenceUrl!: string | null;
}
