import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Region } from '../domain/region';
import { checkedArea } from './report-areas';
import { ReportPeriod, periodFromKey } from './report-period';

/** The description of a report's `period` field, wherever it is defined. */
export const PERIOD_KEY_DESCRIPTION =
  'The period’s key: `2026`, `2026-Q3`, `2026-03`, `season:<forum season id>:<first day>..<last day>` (a forum season’s cycle) or `2026-01-01..2026-06-30` (a range).';

/** The description of a governorate report's `governorateCode`, wherever it is defined. */
export const GOVERNORATE_CODE_DESCRIPTION =
  'The governorate’s ISO 3166-2 code, or `NONE-<REGION>` for the region’s records located in none of its governorates.';

export const REGION_REPORT_DESCRIPTION =
  'One region’s figures for one period, contributed by every subgraph (bridge team, editors, admins).';
export const GOVERNORATE_REPORT_DESCRIPTION =
  'One area’s figures for one period — a governorate, or the records of a region located in none of its governorates — contributed by every subgraph (bridge team, editors, admins).';

/** A region report as the subgraphs other than organisations (its owner) see it: only its key. */
export interface RegionReportKey {
  region: Region;
  period: string;
}

/** The loader key of one region's figures for one period. */
export const regionFiguresKey = (report: RegionReportKey): string => `${report.region}|${report.period}`;

/** Whether figures are counted per region or per governorate. */
export type ReportScope = 'region' | 'governorate';

/** A governorate report as the subgraphs other than organisations see it: only its key. */
export interface GovernorateReportKey {
  governorateCode: string;
  period: string;
}

/** The loader key of one governorate's figures for one period. */
export const governorateFiguresKey = (report: GovernorateReportKey): string => `${report.governorateCode}|${report.period}`;

/**
 * Loads figures for loader keys (`area|period`): one call of `forPeriod` (one aggregate statement)
 * per distinct period, for all the regions or governorates asked for it.
 */
export async function loadAreaFigures<T>(
  keys: readonly string[],
  forPeriod: (areas: string[], period: ReportPeriod) => Promise<T[]>,
): Promise<T[]> {
  const byPeriod = new Map<string, string[]>();
  for (const key of keys) {
    const [area, periodKey] = key.split('|') as [string, string];
    byPeriod.set(periodKey, [...(byPeriod.get(periodKey) ?? []), area]);
  }
  const results: T[] = [];
  for (const [periodKey, areas] of byPeriod) results.push(...(await forPeriod(areas, periodFromKey(periodKey))));
  return results;
}

/** A fresh `GovernorateReport` stub class for one subgraph to add fields to. */
export function createGovernorateReportStub(): new () => GovernorateReportKey {
  @Directive('@key(fields: "governorateCode period")')
  @ObjectType('GovernorateReport', { description: GOVERNORATE_REPORT_DESCRIPTION })
  class GovernorateReportStub implements GovernorateReportKey {
    @Field(() => ID, { description: GOVERNORATE_CODE_DESCRIPTION })
    governorateCode!: string;

    @Field({ description: PERIOD_KEY_DESCRIPTION })
    period!: string;
  }
  return GovernorateReportStub;
}

/** A governorate report reached from another subgraph: the period key is checked before anything is counted. */
export const resolveGovernorateReportStub = (reference: GovernorateReportKey): GovernorateReportKey => ({
  governorateCode: checkedArea(reference.governorateCode),
  period: periodFromKey(reference.period).key,
});

/** A fresh `RegionReport` stub class for one subgraph to add fields to (one class per subgraph: see createAuditTrailStub). */
export function createRegionReportStub(): new () => RegionReportKey {
  @Directive('@key(fields: "region period")')
  @ObjectType('RegionReport', { description: REGION_REPORT_DESCRIPTION })
  class RegionReportStub implements RegionReportKey {
    @Field(() => Region, { description: 'The region.' })
    region!: Region;

    @Field({ description: PERIOD_KEY_DESCRIPTION })
    period!: string;
  }
  return RegionReportStub;
}

/** A report reached from another subgraph: the period key is checked before anything is counted. */
export const resolveRegionReportStub = (reference: RegionReportKey): RegionReportKey => ({
  region: reference.region,
  period: periodFromKey(reference.period).key,
});
