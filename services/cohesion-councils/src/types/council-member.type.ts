import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, VersionedType } from '@icssi/platform';
import { CouncilSector } from './council-sector.enum';

@Directive('@key(fields: "id")')
@ObjectType('CouncilMember', {
  description: 'A seat on a cohesion council; the person, if any, is shown in their public (pseudonymous) view.',
})
export class CouncilMember extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field(() => CouncilSector, { description: 'Which part of society the seat represents.' })
  sector!: CouncilSector;

  @Field(() => DateScalar, { nullable: true, description: 'First day on the council.' })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day on the council; null while serving.' })
  endDate!: string | null;
}
