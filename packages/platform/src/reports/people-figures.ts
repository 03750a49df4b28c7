import { type PeopleCount } from './people-count.type';
import { type PeopleCell, protectBreakdown, protectCount } from './disclosure-control';
import { periodFromKey, requirePeoplePeriod } from './report-period';

/** A report's count of people: only for a fixed period, and protected (disclosure-control.ts). */
export function reportPeopleCount(periodKey: string, cell: PeopleCell): PeopleCount {
  requirePeoplePeriod(periodFromKey(periodKey));
  return protectCount(cell);
}

/** A report's breakdown of people over a closed vocabulary: only for a fixed period, every cell protected. */
export function reportPeopleBreakdown(
  periodKey: string,
  cells: ReadonlyMap<string, PeopleCell>,
  vocabulary: readonly string[],
): PeopleCount[] {
  requirePeoplePeriod(periodFromKey(periodKey));
  return protectBreakdown(cells, vocabulary);
}

/** A cell from an aggregate row: `n` the true count, `ck` the cell key (bigint, as text or number). */
export const peopleCellOf = (row: { n: number | string; ck: number | string | null }): PeopleCell => ({
  count: Number(row.n),
  cellKey: Number(row.ck ?? 0),
});
