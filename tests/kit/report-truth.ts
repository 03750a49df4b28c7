import {
  AGE_BANDS,
  GOVERNORATE_REGIONS,
  type PeopleCount,
  type Region,
  cellKeyOf,
  measureKey,
  noGovernorateArea,
  protectCount,
} from '@icssi/platform';
import { type TestStack } from './test-stack';

/**
 * The ground truth of report cells about people, counted row by row in JavaScript from the four
 * databases (independently of the subgraphs' SQL), with the secret record keys of the records in
 * each cell, so tests know both the true count and the protected figure the graph must publish.
 */

/** One cell: the true count and the record keys it is made of. */
export interface TrueCell {
  count: number;
  keys: number[];
}

/** Cells by area (a region, a governorate code or `NONE-<REGION>`), then by cell name (`total`, `gender:FEMALE`, `age:AGE_15_29`, `sector:…`). */
export type TrueCells = Map<string, Map<string, TrueCell>>;

const overlaps = (start: string | null, end: string | null, from: string, to: string) => (!start || start <= to) && (!end || end >= from);

/** The area of a record of `region` located in `governorate` (report-areas.ts, restated). */
export const areaOf = (governorate: string | null, region: string): string =>
  governorate && GOVERNORATE_REGIONS[governorate] === region ? governorate : noGovernorateArea(region as Region);

function add(cells: TrueCells, area: string, cell: string, count: number, key: number): void {
  const byCell = cells.get(area) ?? new Map<string, TrueCell>();
  cells.set(area, byCell);
  const current = byCell.get(cell) ?? { count: 0, keys: [] };
  byCell.set(cell, { count: current.count + count, keys: [...current.keys, key] });
}

export function ageBand(birthYear: number | null, endYear: number): string {
  if (birthYear == null) return 'AGE_UNKNOWN';
  const age = endYear - birthYear;
  return age < 15 ? 'AGE_UNDER_15' : age <= 29 ? 'AGE_15_29' : age <= 44 ? 'AGE_30_44' : 'AGE_45_AND_OVER';
}

/** Active members: once per region, in the area of their earliest-starting membership of the region in the period. */
export async function memberCells(stack: TestStack, from: string, to: string): Promise<TrueCells> {
  const rows: Array<{
    id: string;
    person_id: string;
    start_date: string | null;
    end_date: string | null;
    region: string;
    located: string | null;
    gender: string;
    birth_year: number | null;
    record_key: string;
  }> = await stack.subgraphs.organisations.dataSource.query(
    `SELECT m.id, m.person_id, m.start_date::text, m.end_date::text, coalesce(w.region, o.home_region) AS region,
              coalesce(wh.headquarters_code, o.headquarters_code) AS located, p.gender, p.birth_year, p.record_key::text
       FROM membership m JOIN person p ON p.id = m.person_id AND p.archived_at IS NULL
       LEFT JOIN working_group w ON w.id = m.working_group_id LEFT JOIN organisation wh ON wh.id = w.host_organisation_id
       LEFT JOIN organisation o ON o.id = m.organisation_id`,
  );
  const first = new Map<string, (typeof rows)[number]>();
  for (const row of rows.filter((r) => overlaps(r.start_date, r.end_date, from, to))) {
    const id = `${row.person_id}|${row.region}`;
    const seen = first.get(id);
    const earlier =
      !seen || (row.start_date ?? '') < (seen.start_date ?? '') || ((row.start_date ?? '') === (seen.start_date ?? '') && row.id < seen.id);
    if (earlier) first.set(id, row);
  }
  const cells: TrueCells = new Map();
  const endYear = Number(to.slice(0, 4));
  for (const row of first.values()) {
    const key = Number(row.record_key);
    for (const area of [row.region, areaOf(row.located, row.region)]) {
      add(cells, area, 'total', 1, key);
      add(cells, area, `gender:${row.gender}`, 1, key);
      add(cells, area, `age:${ageBand(row.birth_year, endYear)}`, 1, key);
    }
  }
  return cells;
}

/** Campaign actions' head counts in the period, per region of the campaign and per area of the action. */
export async function participantCells(stack: TestStack, from: string, to: string): Promise<TrueCells> {
  const rows: Array<{
    regions: string[];
    governorate_code: string | null;
    total: number | null;
    women: number | null;
    youth: number | null;
    record_key: string;
  }> = await stack.subgraphs.campaigns.dataSource.query(
    `SELECT c.regions, a.governorate_code, a.participants_total AS total, a.participants_women AS women, a.participants_youth AS youth, a.record_key::text
       FROM campaign_action a JOIN campaign c ON c.id = a.campaign_id
       WHERE c.status <> 'DRAFT' AND c.archived_at IS NULL AND a.archived_at IS NULL AND a.occurred_on BETWEEN $1 AND $2`,
    [from, to],
  );
  const cells: TrueCells = new Map();
  for (const row of rows) {
    for (const region of row.regions) {
      for (const area of [region, areaOf(row.governorate_code, region)]) {
        for (const [measure, count] of [
          ['participants_total', row.total],
          ['participants_women', row.women],
          ['participants_youth', row.youth],
        ] as const) {
          if (count != null) add(cells, area, measure, count, measureKey(row.record_key, measure));
        }
      }
    }
  }
  return cells;
}

/** Council seats held during the period, by council region and area, in total and by sector. */
export async function seatCells(stack: TestStack, from: string, to: string): Promise<TrueCells> {
  const rows: Array<{
    region: string;
    governorate_code: string;
    sector: string;
    start_date: string | null;
    end_date: string | null;
    record_key: string;
  }> = await stack.subgraphs['cohesion-councils'].dataSource.query(
    `SELECT c.region, c.governorate_code, m.sector, m.start_date::text, m.end_date::text, m.record_key::text
       FROM council_member m JOIN cohesion_council c ON c.id = m.council_id
       WHERE c.archived_at IS NULL AND (c.established_on IS NULL OR c.established_on <= $1)`,
    [to],
  );
  const cells: TrueCells = new Map();
  for (const row of rows.filter((r) => overlaps(r.start_date, r.end_date, from, to))) {
    for (const area of [row.region, areaOf(row.governorate_code, row.region)]) {
      add(cells, area, 'total', 1, Number(row.record_key));
      add(cells, area, `sector:${row.sector}`, 1, Number(row.record_key));
    }
  }
  return cells;
}

/** The true cell (empty when nobody is in it). */
export const trueCell = (cells: TrueCells, area: string, cell: string): TrueCell => cells.get(area)?.get(cell) ?? { count: 0, keys: [] };

/** The figure the graph must publish for a true cell. */
export const expectedFigure = (cell: TrueCell, key: string | null = null): PeopleCount =>
  protectCount({ count: cell.count, cellKey: cellKeyOf(cell.keys) }, key);

/** The figures of a breakdown the graph must publish, in vocabulary order. */
export const expectedBreakdown = (cells: TrueCells, area: string, prefix: string, vocabulary: readonly string[]): PeopleCount[] =>
  vocabulary.map((value) => expectedFigure(trueCell(cells, area, `${prefix}:${value}`), value));

export { AGE_BANDS };
