import { Field, ID, InputType } from 'type-graphql';
import { DateRange, Region } from '@icssi/platform';
import { CouncilStatus } from './council-status.enum';
import type * as domain from '../domain/council-filter';

@InputType('CohesionCouncilFilter', { description: 'Narrows a list of cohesion councils; all given conditions must hold.' })
export class CohesionCouncilFilter implements domain.CohesionCouncilFilter {
  @Field(() => Region, { nullable: true, description: 'In this region.' })
  region?: Region | null;

  @Field(() => ID, { nullable: true, description: 'In this governorate (ISO code).' })
  governorateCode?: string | null;

  @Field(() => CouncilStatus, { nullable: true, description: 'In this state.' })
  status?: CouncilStatus | null;

  @Field(() => DateRange, { nullable: true, description: 'Established within these dates.' })
  established?: DateRange | null;

  @Field(() => String, { nullable: true, description: 'Text in any language or script (name, slug).' })
  text?: string | null;
}
