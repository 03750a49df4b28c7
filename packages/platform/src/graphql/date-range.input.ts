import { Field, InputType } from 'type-graphql';
import { type DateSpan } from '../domain/date-span';
import { DateScalar } from './scalars';

@InputType('DateRange', { description: 'Dates from … to …, both included; either end may be left open.' })
export class DateRange implements DateSpan {
  @Field(() => DateScalar, { nullable: true, description: 'First day included.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day included.' })
  to?: string | null;
}
