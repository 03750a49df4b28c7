import { Field, InputType } from 'type-graphql';
import { DateRange, Region, Theme } from '@icssi/platform';
import { WorkingGroupStatus } from './working-group-status.enum';
import type * as domain from '../domain/working-group-filter';

@InputType('WorkingGroupFilter', { description: 'Narrows a list of working groups; all given conditions must hold.' })
export class WorkingGroupFilter implements domain.WorkingGroupFilter {
  @Field(() => Region, { nullable: true, description: 'Working in this region.' })
  region?: Region | null;

  @Field(() => Theme, { nullable: true, description: 'Working on this theme.' })
  theme?: Theme | null;

  @Field(() => WorkingGroupStatus, { nullable: true, description: 'In this state.' })
  status?: WorkingGroupStatus | null;

  @Field(() => DateRange, { nullable: true, description: 'Founded within these dates.' })
  founded?: DateRange | null;

  @Field(() => String, { nullable: true, description: 'Text in any language or script (name, slug).' })
  text?: string | null;
}
