import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, Region } from '@icssi/platform';
import { CouncilStatus } from './council-status.enum';

@Directive('@key(fields: "id")')
@ObjectType('CohesionCouncil', {
  description: 'A social cohesion council: civil society, local authorities and local leaders implementing forum recommendations in one governorate.',
})
export class CohesionCouncil {
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

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back with updates.' })
  version!: number;
}
