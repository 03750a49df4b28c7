import { Field, ID, InputType, Int } from 'type-graphql';
import { ImplementationStatus } from './implementation-status.enum';

@InputType('ImplementationFilter', { description: 'Narrows a list of implementations; all given conditions must hold.' })
export class ImplementationFilter {
  @Field(() => ImplementationStatus, { nullable: true, description: 'In this state.' })
  status?: ImplementationStatus | null;

  @Field(() => ID, { nullable: true, description: 'By this council.' })
  councilId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this recommendation.' })
  recommendationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Progress at least this (0–100).' })
  minProgress?: number | null;
}
