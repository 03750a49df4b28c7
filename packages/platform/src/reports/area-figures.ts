import { type DataSource } from 'typeorm';
import { type PeopleCell } from './disclosure-control';
import { peopleCellOf } from './people-figures';
import { type ReportPeriod } from './report-period';
import { loadAreaFigures, type ReportScope } from './region-report-key';
import { regionsOfAreas } from './report-areas';

/**
 * One row of a subgraph's report statement: one figure of one area (`metric`, with the breakdown
 * value `key` where it has one), `n` its true value and, for figures of people, `ck` its cell key.
 */
export interface AreaFigureRow {
  area: string;
  metric: string;
  key: string | null;
  n: number;
  ck: number | string | null;
}

/**
 * How a report figure is read from its rows: counts per breakdown value, a count of people (with
 * its cell key, protected only when published), people per breakdown value, or one number (0, or
 * null, when the area has no row for it).
 */
export type FigureShape = 'countsByKey' | 'people' | 'peopleByKey' | 'number' | 'numberOrNull';

type FigureOf<Shape extends FigureShape> = Shape extends 'countsByKey'
  ? Map<string, number>
  : Shape extends 'people'
    ? PeopleCell
    : Shape extends 'peopleByKey'
      ? Map<string, PeopleCell>
      : Shape extends 'number'
        ? number
        : number | null;

/** One area's figures for one period: `key` is `${area}|${period key}`, the loader key. */
export type AreaFigures<Shapes extends Record<string, FigureShape>> = { key: string } & {
  -readonly [Metric in keyof Shapes]: FigureOf<Shapes[Metric]>;
};

function emptyFigure(shape: FigureShape): unknown {
  switch (shape) {
    case 'countsByKey':
    case 'peopleByKey':
      return new Map();
    case 'people':
      return { count: 0, cellKey: 0 };
    case 'number':
      return 0;
    case 'numberOrNull':
      return null;
  }
}

/**
 * Every asked-for area's figures from the rows of one period's statement, in the order of `areas`:
 * an area without rows gets empty figures (no counts, zero people), never a missing entry, so the
 * loader answers every key. Rows of metrics not in `shapes` are ignored.
 */
export function areaFiguresOf<Shapes extends Record<string, FigureShape>>(
  shapes: Shapes,
  areas: readonly string[],
  periodKey: string,
  rows: readonly AreaFigureRow[],
): Array<AreaFigures<Shapes>> {
  return areas.map((area) => {
    const figures: Record<string, unknown> = { key: `${area}|${periodKey}` };
    for (const [metric, shape] of Object.entries(shapes)) figures[metric] = emptyFigure(shape);
    for (const row of rows) {
      if (row.area !== area || !Object.hasOwn(shapes, row.metric)) continue;
      const shape = shapes[row.metric];
      if (shape === 'countsByKey') (figures[row.metric] as Map<string, number>).set(row.key as string, row.n);
      else if (shape === 'peopleByKey') (figures[row.metric] as Map<string, PeopleCell>).set(row.key as string, peopleCellOf(row));
      else if (shape === 'people') figures[row.metric] = peopleCellOf(row);
      else figures[row.metric] = row.n;
    }
    return figures as AreaFigures<Shapes>;
  });
}

/** What a report statement needs to count one period's areas in one scope. */
export interface AreaFiguresQuery<ScopeSql> {
  areas: string[];
  period: ReportPeriod;
  /** The subgraph's SQL for where its records count in this scope (region or governorate). */
  scope: ScopeSql;
  /** The regions the areas lie in: a statement reads only those regions' records. */
  regions: string[];
}

/**
 * Loads the figures of `area|period` keys in one scope: one statement per period (loadAreaFigures),
 * given the scope's SQL and the regions the areas lie in (a region area is its own region).
 */
export function loadScopedAreaFigures<T, ScopeSql>(
  keys: readonly string[],
  scope: ReportScope,
  scopes: Readonly<Record<ReportScope, ScopeSql>>,
  forPeriod: (query: AreaFiguresQuery<ScopeSql>) => Promise<T[]>,
): Promise<T[]> {
  return loadAreaFigures(keys, (areas, period) =>
    forPeriod({ areas, period, scope: scopes[scope], regions: scope === 'region' ? areas : regionsOfAreas(areas) }),
  );
}

/** The one statement that counts a period's areas: rows of `area`, `metric`, `key`, `n` and `ck` (AreaFigureRow). */
export type AreaFiguresStatement<ScopeSql> = (query: AreaFiguresQuery<ScopeSql>) => { sql: string; params: unknown[] };

/** A subgraph's report reader over its own database (made by areaFiguresReader). */
export interface AreaFiguresReader<Shapes extends Record<string, FigureShape>> {
  figures(keys: readonly string[], scope: ReportScope): Promise<Array<AreaFigures<Shapes>>>;
}

/**
 * A subgraph's report reader class: one statement per period counts every asked-for area (GROUP BY
 * in the database; the records never come into memory), and its rows are read into each area's
 * figures by their shapes. The subgraph gives where its records count per scope, the shapes of its
 * figures and the statement.
 */
export function areaFiguresReader<Shapes extends Record<string, FigureShape>, ScopeSql>(
  scopes: Readonly<Record<ReportScope, ScopeSql>>,
  shapes: Shapes,
  statement: AreaFiguresStatement<ScopeSql>,
): new (dataSource: DataSource) => AreaFiguresReader<Shapes> {
  return class implements AreaFiguresReader<Shapes> {
    constructor(private readonly dataSource: DataSource) {}

    figures(keys: readonly string[], scope: ReportScope): Promise<Array<AreaFigures<Shapes>>> {
      return loadScopedAreaFigures(keys, scope, scopes, async (query) => {
        const { sql, params } = statement(query);
        const rows: AreaFigureRow[] = await this.dataSource.query(sql, params);
        return areaFiguresOf(shapes, query.areas, query.period.key, rows);
      });
    }
  };
}
