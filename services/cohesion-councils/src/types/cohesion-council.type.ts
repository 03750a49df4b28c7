import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, Region, VersionedType } from '@icssi/platform';
import { CouncilStatus } from './council-status.enum';

@Directive('@key(fields: "id")')
@ObjectType('CohesionCouncil', {
  description:
    'A social cohesion council: civil society, local authorities and local leaders implementing forum recommendations in one governorate.',
})
export class CohesionCouncil extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field({ description: 'URL-safe unique name.' })
  slug!: string;

  @Field(() => Region, { description: 'The region of the council’s governorate.' })
  region!: Region;

  @Field(() => CouncilStatus, { description: 'Life-cycle state.' })
  status!: CouncilStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When the council was established.' })
  establishedOn!: string | null;
}
