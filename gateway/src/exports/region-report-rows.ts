import { type Region, type ReportPeriodInput, ReportPeriodKind, isUuid, periodFromKey } from '@icssi/platform';
import { type ExportColumn, type ExportLanguage } from './export-language';

/** The query an export runs through the graph, so authorization and the protection of counts of people apply as for any client. */
export const REGION_REPORT_EXPORT_QUERY = `query RegionReportExport($period: ReportPeriodInput!) {
  regionReports(period: $period) {
    region period periodKind from to
    organisationsByKind { key count }
    workingGroupsByTheme { theme dacCode count }
    activeMembers { value suppressed lowerThan }
    activeMembersByGender { key value suppressed lowerThan }
    activeMembersByAge { key value suppressed lowerThan }
    campaignsByTheme { theme dacCode count }
    campaignsByStatus { key count }
    actionsByType { key count }
    participants { value suppressed lowerThan }
    participantsWomen { value suppressed lowerThan }
    participantsYouth { value suppressed lowerThan }
    forumSeasons forumSessions forumParticipatingOrganisations
    recommendationsAdoptedByTheme { theme dacCode count }
    councilsByStatus { key count }
    councilMembers { value suppressed lowerThan }
    councilMembersBySector { key value suppressed lowerThan }
    implementationsByStatus { key count }
    averageProgress recommendationsImplemented
  }
}`;

type Tally = { key: string; count: number };
type ThemeTally = { theme: string; dacCode: number; count: number };
type People = { key?: string | null; value: number | null; suppressed: boolean; lowerThan: number | null };
export type ExportedReport = {
  region: Region;
  period: string;
  from: string;
  to: string;
  [measure: string]: unknown;
};

/** One line of an export: one figure of one region. */
export interface ReportRow {
  region: Region;
  regionName: string;
  period: string;
  from: string;
  to: string;
  measure: string;
  measureName: string;
  category: string;
  categoryName: string;
  dacCode: number | null;
  value: number | null;
  suppressed: boolean;
  lowerThan: number | null;
}

/** Why an export period was refused (the route answers 400 with the message). */
export class ExportPeriodError extends Error {}

/**
 * The period of an export URL as query input: `period=2026`, `2026-Q3` or `2026-03`, or
 * `forumSeason=<id>`. Exports carry counts of people, which are given for fixed periods only, so a
 * range of days is refused.
 */
export function periodInputFromParams(params: URLSearchParams): ReportPeriodInput {
  const season = params.get('forumSeason');
  const param = params.get('period');
  if (season !== null) {
    if (param !== null || !isUuid(season)) throw new ExportPeriodError('Give forumSeason=<forum season id> alone.');
    return { forumSeasonId: season };
  }
  let period;
  try {
    period = periodFromKey(param ?? '');
  } catch {
    throw new ExportPeriodError('Give period=2026, period=2026-Q3, period=2026-03 or forumSeason=<forum season id>.');
  }
  const parts = period.key.split(/-Q?/).map(Number);
  if (period.kind === ReportPeriodKind.YEAR) return { year: parts[0] };
  if (period.kind === ReportPeriodKind.QUARTER) return { year: parts[0], quarter: parts[1] };
  if (period.kind === ReportPeriodKind.MONTH) return { year: parts[0], month: parts[1] };
  throw new ExportPeriodError(
    'Exports carry counts of people, which are given for a year, a quarter, a month or a forum season, not for a range of days.',
  );
}

/** Flattens the reports into rows: one per region, measure and category, named in the caller's language. */
export function reportRows(reports: ExportedReport[], language: ExportLanguage): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const report of reports) {
    const base = {
      region: report.region,
      regionName: language.regionName(report.region),
      period: report.period,
      from: report.from,
      to: report.to,
    };
    const add = (
      measure: string,
      category: string,
      value: number | null,
      suppressed = false,
      dacCode: number | null = null,
      lowerThan: number | null = null,
    ) =>
      rows.push({
        ...base,
        measure,
        measureName: language.measureName(measure),
        category,
        categoryName: language.categoryName(measure, category),
        dacCode,
        value,
        suppressed,
        lowerThan,
      });
    for (const [measure, value] of Object.entries(report)) {
      if (['region', 'period', 'periodKind', 'from', 'to'].includes(measure) || value === null || value === undefined) {
        if (measure === 'averageProgress' && value === null) add(measure, '', null);
        continue;
      }
      if (typeof value === 'number') add(measure, '', value);
      else if (Array.isArray(value)) {
        for (const item of value as Array<Tally | ThemeTally | People>) {
          if ('theme' in item) add(measure, item.theme, item.count, false, item.dacCode);
          else if ('count' in item) add(measure, item.key, item.count);
          else add(measure, item.key ?? '', item.value, item.suppressed, null, item.lowerThan);
        }
      } else {
        const people = value as People;
        add(measure, '', people.value, people.suppressed, null, people.lowerThan);
      }
    }
  }
  return rows;
}

/** The columns: codes for scripts (with the HXL tags, the same in every language) and names for people. */
const COLUMNS: Array<{ column: ExportColumn; hxl: string; of: (row: ReportRow) => string | number | null }> = [
  { column: 'region', hxl: '#region+code', of: (row) => row.region },
  { column: 'region_name', hxl: '#region+name', of: (row) => row.regionName },
  { column: 'period', hxl: '#date+period', of: (row) => row.period },
  { column: 'from', hxl: '#date+start', of: (row) => row.from },
  { column: 'to', hxl: '#date+end', of: (row) => row.to },
  { column: 'measure', hxl: '#indicator+name', of: (row) => row.measure },
  { column: 'category', hxl: '#indicator+category', of: (row) => row.category },
  { column: 'dac_sector', hxl: '#sector+code', of: (row) => row.dacCode },
  { column: 'value', hxl: '#indicator+value+num', of: (row) => row.value },
  { column: 'suppressed', hxl: '#meta+suppressed', of: (row) => (row.suppressed ? 'true' : 'false') },
  { column: 'lower_than', hxl: '#meta+lower_than', of: (row) => row.lowerThan },
  // Last, so scripts that read the earlier columns by position keep working.
  { column: 'measure_name', hxl: '#indicator+label', of: (row) => row.measureName },
  { column: 'category_name', hxl: '#indicator+category+label', of: (row) => row.categoryName },
];

const cell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  // Quote what CSV needs quoted; neutralise spreadsheet formulas (a cell must not start with = + - @).
  const safe = /^[=+\-@]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** RFC 4180 CSV, UTF-8 with a byte-order mark (so Excel reads Arabic and Kurdish), headers in the caller's language, optionally with an HXL tag row. */
export function toCsv(rows: ReportRow[], hxl: boolean, language: ExportLanguage): string {
  const lines = [COLUMNS.map((column) => cell(language.header(column.column))).join(',')];
  if (hxl) lines.push(COLUMNS.map((column) => column.hxl).join(','));
  for (const row of rows) lines.push(COLUMNS.map((column) => cell(column.of(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
