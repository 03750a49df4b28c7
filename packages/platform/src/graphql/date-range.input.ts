import { Field, InputType } from 'type-graphql';
import { DateScalar } from './scalars';

@InputType('DateRange', { description: 'Dates from … to …, both included; either end may be left open.' })
export class DateRange {
  @Field(() => DateScalar, { nullable: true, description: 'First day included.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day included.' })
  to?: string | null;
}

/** SQL conditions for a date column within a range. */
export function dateRangeConditions(column: string, range: DateRange | null | undefined, addParam: (value: unknown) => string): string[] {
  const conditions: string[] = [];
  if (range?.from) conditions.push(`${column} >= ${addParam(range.from)}::date`);
  if (range?.to) conditions.push(`${column} <= ${addParam(range.to)}::date`);
  return conditions;
}
