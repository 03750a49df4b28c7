import { Directive, Field, ObjectType } from 'type-graphql';
import { Region } from '../graphql/region.enum';
import { ReportPeriod, periodFromKey } from './report-period';

/** A region report as the subgraphs other than organisations (its owner) see it: only its key. */
export interface RegionReportKey {
  region: Region;
  period: string;
}

/** The loader key of one region's figures for one period. */
export const regionFiguresKey = (report: RegionReportKey): string => `${report.region}|${report.period}`;

/**
 * Loads figures for loader keys made by regionFiguresKey: one call of `forPeriod` (one aggregate
 * statement) per distinct period, for all the regions asked for it.
 */
export async function loadRegionFigures<T>(keys: readonly string[], forPeriod: (regions: Region[], period: ReportPeriod) => Promise<T[]>): Promise<T[]> {
  const byPeriod = new Map<string, Region[]>();
  for (const key of keys) {
    const [region, periodKey] = key.split('|') as [Region, string];
    byPeriod.set(periodKey, [...(byPeriod.get(periodKey) ?? []), region]);
  }
  const results: T[] = [];
  for (const [periodKey, regions] of byPeriod) results.push(...(await forPeriod(regions, periodFromKey(periodKey))));
  return results;
}

/** A fresh `RegionReport` stub class for one subgraph to add fields to (one class per subgraph: see createAuditTrailStub). */
export function createRegionReportStub(): new () => RegionReportKey {
  @Directive('@key(fields: "region period")')
  @ObjectType('RegionReport', { description: 'One region’s figures for one period, contributed by every subgraph (bridge team, editors, admins).' })
  class RegionReportStub implements RegionReportKey {
    @Field(() => Region, { description: 'The region.' })
    region!: Region;

    @Field({ description: 'The period’s key: `2026`, `2026-Q3` or `2026-01-01..2026-06-30`.' })
    period!: string;
  }
  return RegionReportStub;
}

/** A report reached from another subgraph: the period key is checked before anything is counted. */
export const resolveRegionReportStub = (reference: RegionReportKey): RegionReportKey => ({ region: reference.region, period: periodFromKey(reference.period).key });
