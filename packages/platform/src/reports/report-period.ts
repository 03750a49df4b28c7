import { GraphQLError } from 'graphql';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';

/** A report period: a canonical key (part of a report's @key) and the days it covers, both included. */
export interface ReportPeriod {
  key: string;
  from: string;
  to: string;
}

@InputType('ReportPeriodInput', { description: 'A year, a quarter of a year, or a date range (both days included).' })
export class ReportPeriodInput {
  @Field(() => Int, { nullable: true, description: 'A calendar year, e.g. 2026.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'A quarter (1–4) of `year`.' })
  quarter?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of a date range (with `to`).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of a date range (with `from`).' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'A forum season: its first to its last day.' })
  forumSeasonId?: string | null;
}

const badPeriod = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function yearPeriod(year: number, quarter?: number | null): ReportPeriod {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badPeriod('A report year is between 1990 and 2100.');
  if (quarter == null) return { key: String(year), from: `${year}-01-01`, to: `${year}-12-31` };
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw badPeriod('A quarter is 1, 2, 3 or 4.');
  const first = quarter * 3 - 2;
  const last = quarter * 3;
  return { key: `${year}-Q${quarter}`, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** A range of days as a period (a forum season's days, once looked up). */
export function rangePeriod(from: string, to: string): ReportPeriod {
  if (to < from) throw badPeriod('A report range ends on or after its first day.');
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 50) throw badPeriod('A report range spans at most 50 years.');
  return { key: `${from}..${to}`, from, to };
}

/** The period a client asked for: a year, a year and quarter, or a range; anything else is BAD_USER_INPUT. */
export function periodFromInput(input: ReportPeriodInput): ReportPeriod {
  const hasYear = input.year != null;
  const hasRange = input.from != null || input.to != null;
  if (input.forumSeasonId != null) throw badPeriod('A forum season is a period on its own: give it alone.');
  if (hasYear === hasRange) throw badPeriod('Give a period as a year (and quarter), a range from…to, or a forum season.');
  if (hasYear) return yearPeriod(input.year as number, input.quarter);
  if (input.quarter != null) throw badPeriod('A quarter goes with a year.');
  if (input.from == null || input.to == null) throw badPeriod('A range needs both from and to.');
  return rangePeriod(input.from, input.to);
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
const isDay = (day: string) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** The period behind a key made by periodFromInput (a subgraph receives only the key in a representation). */
export function periodFromKey(key: string): ReportPeriod {
  const year = YEAR.exec(key);
  if (year) return yearPeriod(Number(year[1]));
  const quarter = QUARTER.exec(key);
  if (quarter) return yearPeriod(Number(quarter[1]), Number(quarter[2]));
  const range = RANGE.exec(key);
  if (range && isDay(range[1]) && isDay(range[2])) return rangePeriod(range[1], range[2]);
  throw badPeriod('Not a report period.');
}

export enum ReportGranularity {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
}

registerEnumType(ReportGranularity, {
  name: 'ReportGranularity',
  description: 'The length of each period of a report series.',
  valuesConfig: { YEAR: { description: 'Calendar years.' }, QUARTER: { description: 'Calendar quarters.' } },
});

/** At most this many periods in one series (a chart, not a data dump). */
export const MAX_SERIES_PERIODS = 40;

/** The consecutive years or quarters that overlap from…to, oldest first. */
export function periodSeries(from: string, to: string, granularity: ReportGranularity): ReportPeriod[] {
  if (to < from) throw badPeriod('A series ends on or after its first day.');
  const [fromYear, fromMonth] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [toYear, toMonth] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  const periods: ReportPeriod[] = [];
  if (granularity === ReportGranularity.YEAR) {
    if (toYear - fromYear + 1 > MAX_SERIES_PERIODS) throw badPeriod(`A series has at most ${MAX_SERIES_PERIODS} periods.`);
    for (let year = fromYear; year <= toYear; year += 1) periods.push(yearPeriod(year));
    return periods;
  }
  const first = fromYear * 4 + Math.floor((fromMonth - 1) / 3);
  const last = toYear * 4 + Math.floor((toMonth - 1) / 3);
  if (last - first + 1 > MAX_SERIES_PERIODS) throw badPeriod(`A series has at most ${MAX_SERIES_PERIODS} periods.`);
  for (let index = first; index <= last; index += 1) periods.push(yearPeriod(Math.floor(index / 4), (index % 4) + 1));
  return periods;
}
