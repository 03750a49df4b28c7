import { Field, ID, InputType, Int } from 'type-graphql';
import { Region } from '@icssi/platform';
import { ImplementationStatus } from './implementation-status.enum';
import type * as domain from '../domain/implementation-filter';

@InputType('ImplementationFilter', { description: 'Narrows a list of implementations; all given conditions must hold.' })
export class ImplementationFilter implements domain.ImplementationFilter {
  @Field(() => ImplementationStatus, { nullable: true, description: 'In this state.' })
  status?: ImplementationStatus | null;

  @Field(() => Region, { nullable: true, description: 'By a council in this region.' })
  region?: Region | null;

  @Field(() => ID, { nullable: true, description: 'By the council of this governorate (ISO code, e.g. IQ-SU).' })
  governorateCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'By this council.' })
  councilId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this recommendation.' })
  recommendationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Progress at least this (0–100).' })
  minProgress?: number | null;
}
