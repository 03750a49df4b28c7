import { Field, ID, InputType } from 'type-graphql';
import { DateRange } from '@icssi/platform';
import type * as domain from '../domain/council-meeting-filter';

@InputType('CouncilMeetingFilter', { description: 'Narrows a list of council meetings.' })
export class CouncilMeetingFilter implements domain.CouncilMeetingFilter {
  @Field(() => ID, { nullable: true, description: 'In this governorate (ISO code).' })
  governorateCode?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Held within these dates.' })
  held?: DateRange | null;
}
