import { GraphQLError } from 'graphql';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';

/**
 * What a report covers. Counts of people are given for fixed, coarse periods only — calendar years,
 * quarters and months, and forum-season cycles — so nobody can slide a window a day at a time
 * across one person's start date. Date ranges stay for counts of activities (campaigns, actions,
 * seasons, councils, implementations); a report over a range has no counts of people.
 */
export enum ReportPeriodKind {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
  FORUM_SEASON = 'FORUM_SEASON',
  RANGE = 'RANGE',
}

registerEnumType(ReportPeriodKind, {
  name: 'ReportPeriodKind',
  description: 'What kind of period a report covers.',
  valuesConfig: {
    YEAR: { description: 'A calendar year.' },
    QUARTER: { description: 'A calendar quarter.' },
    MONTH: { description: 'A calendar month.' },
    FORUM_SEASON: {
      description:
        'A forum season’s whole cycle, in whole months: from the month after the forum’s previous season ended to the month in which the season ends.',
    },
    RANGE: { description: 'A range of days: counts of activities only, no counts of people.' },
  },
});

/** A report period: a canonical key (part of a report's @key), its kind and the days it covers, both included. */
export interface ReportPeriod {
  key: string;
  kind: ReportPeriodKind;
  from: string;
  to: string;
}

/** The period a client asks for, as plain values (ReportPeriodInput is its GraphQL form). */
export interface ReportPeriodRequest {
  year?: number | null;
  quarter?: number | null;
  month?: number | null;
  from?: string | null;
  to?: string | null;
  forumSeasonId?: string | null;
}

@InputType('ReportPeriodInput', {
  description: 'A year, a quarter or a month of a year, a forum season, or a date range (counts of activities only; both days included).',
})
export class ReportPeriodInput implements ReportPeriodRequest {
  @Field(() => Int, { nullable: true, description: 'A calendar year, e.g. 2026.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'A quarter (1–4) of `year`.' })
  quarter?: number | null;

  @Field(() => Int, { nullable: true, description: 'A month (1–12) of `year`.' })
  month?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day of a date range (with `to`); a range report has no counts of people.',
  })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of a date range (with `from`).' })
  to?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A forum season: its whole cycle, in whole months, from the month after the forum’s previous season ended to the month in which it ends.',
  })
  forumSeasonId?: string | null;
}

export const badPeriod = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badPeriod('A report year is between 1990 and 2100.');
}

function yearPeriod(year: number): ReportPeriod {
  checkYear(year);
  return { key: String(year), kind: ReportPeriodKind.YEAR, from: `${year}-01-01`, to: `${year}-12-31` };
}

function quarterPeriod(year: number, quarter: number): ReportPeriod {
  checkYear(year);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw badPeriod('A quarter is 1, 2, 3 or 4.');
  const first = quarter * 3 - 2;
  const last = quarter * 3;
  return {
    key: `${year}-Q${quarter}`,
    kind: ReportPeriodKind.QUARTER,
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

function monthPeriod(year: number, month: number): ReportPeriod {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw badPeriod('A month is 1 to 12.');
  return {
    key: `${year}-${pad(month)}`,
    kind: ReportPeriodKind.MONTH,
    from: `${year}-${pad(month)}-01`,
    to: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
  };
}

function checkRange(from: string, to: string): void {
  if (to < from) throw badPeriod('A report range ends on or after its first day.');
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 50) throw badPeriod('A report range spans at most 50 years.');
}

/** A range of days: counts of activities only. */
export function rangePeriod(from: string, to: string): ReportPeriod {
  checkRange(from, to);
  return { key: `${from}..${to}`, kind: ReportPeriodKind.RANGE, from, to };
}

/** A forum season's cycle, once its days and its forum's previous season are known. */
export function forumSeasonPeriod(seasonId: string, from: string, to: string): ReportPeriod {
  checkRange(from, to);
  return { key: `season:${seasonId.toLowerCase()}:${from}..${to}`, kind: ReportPeriodKind.FORUM_SEASON, from, to };
}

/** The period a client asked for (a forum season is looked up by the caller); anything else is BAD_USER_INPUT. */
export function periodFromInput(input: ReportPeriodRequest): ReportPeriod {
  const hasYear = input.year != null;
  const hasRange = input.from != null || input.to != null;
  if (input.forumSeasonId != null) throw badPeriod('A forum season is a period on its own: give it alone.');
  if (hasYear === hasRange) throw badPeriod('Give a period as a year (with a quarter or a month), a forum season, or a range from…to.');
  if (hasYear) {
    if (input.quarter != null && input.month != null) throw badPeriod('Give a quarter or a month, not both.');
    if (input.quarter != null) return quarterPeriod(input.year as number, input.quarter);
    if (input.month != null) return monthPeriod(input.year as number, input.month);
    return yearPeriod(input.year as number);
  }
  if (input.quarter != null || input.month != null) throw badPeriod('A quarter or a month goes with a year.');
  if (input.from == null || input.to == null) throw badPeriod('A range needs both from and to.');
  return rangePeriod(input.from, input.to);
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
const SEASON = /^season:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
const isDay = (day: string) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** The period behind a key made by this module (a subgraph receives only the key in a representation). */
export function periodFromKey(key: string): ReportPeriod {
  const year = YEAR.exec(key);
  if (year) return yearPeriod(Number(year[1]));
  const quarter = QUARTER.exec(key);
  if (quarter) return quarterPeriod(Number(quarter[1]), Number(quarter[2]));
  const month = MONTH.exec(key);
  if (month) return monthPeriod(Number(month[1]), Number(month[2]));
  const range = RANGE.exec(key);
  if (range && isDay(range[1]) && isDay(range[2])) return rangePeriod(range[1], range[2]);
  const season = SEASON.exec(key);
  if (season && isDay(season[2]) && isDay(season[3])) return forumSeasonPeriod(season[1], season[2], season[3]);
  throw badPeriod('Not a report period.');
}

/** Counts of people need a fixed period; a range report answers them with this error. */
export function requirePeoplePeriod(period: ReportPeriod): void {
  if (period.kind === ReportPeriodKind.RANGE) {
    throw badPeriod('Counts of people are given for a year, a quarter, a month or a forum season, not for a range of days.');
  }
}

export enum ReportGranularity {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
}

registerEnumType(ReportGranularity, {
  name: 'ReportGranularity',
  description: 'The length of each period of a report series.',
  valuesConfig: {
    YEAR: { description: 'Calendar years.' },
    QUARTER: { description: 'Calendar quarters.' },
    MONTH: { description: 'Calendar months.' },
  },
});

/** At most this many periods in one series (a chart, not a data dump). */
export const MAX_SERIES_PERIODS = 40;

/** The consecutive years, quarters or months that overlap from…to, oldest first. */
export function periodSeries(from: string, to: string, granularity: ReportGranularity): ReportPeriod[] {
  if (to < from) throw badPeriod('A series ends on or after its first day.');
  const [fromYear, fromMonth] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [toYear, toMonth] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  const perYear = { [ReportGranularity.YEAR]: 1, [ReportGranularity.QUARTER]: 4, [ReportGranularity.MONTH]: 12 }[granularity];
  const monthsPer = 12 / perYear;
  const first = fromYear * perYear + Math.floor((fromMonth - 1) / monthsPer);
  const last = toYear * perYear + Math.floor((toMonth - 1) / monthsPer);
  if (last - first + 1 > MAX_SERIES_PERIODS) throw badPeriod(`A series has at most ${MAX_SERIES_PERIODS} periods.`);
  const periods: ReportPeriod[] = [];
  for (let index = first; index <= last; index += 1) {
    const year = Math.floor(index / perYear);
    const part = (index % perYear) + 1;
    if (granularity === ReportGranularity.YEAR) periods.push(yearPeriod(year));
    else if (granularity === ReportGranularity.QUARTER) periods.push(quarterPeriod(year, part));
    else periods.push(monthPeriod(year, part));
  }
  return periods;
}
