import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { VersionedType } from '@icssi/platform';
import { ImplementationStatus } from './implementation-status.enum';

@Directive('@key(fields: "id")')
@ObjectType('Implementation', { description: 'A council’s commitment to implement a forum recommendation, and how far it has come.' })
export class Implementation extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field(() => ImplementationStatus, { description: 'Where the implementation stands.' })
  status!: ImplementationStatus;

  @Field(() => Int, { description: 'Progress from 0 to 100.' })
  progress!: number;
}
