import { type Region, type ReportPeriod, periodFromKey } from '@icssi/platform';
import { type RegionReport } from '../types/region-report.type';

/** A region report for a period. */
export const regionReport = (region: Region, period: ReportPeriod): RegionReport => ({
  region,
  period: period.key,
  periodKind: period.kind,
  from: period.from,
  to: period.to,
});

/** A report reached from another subgraph: its key is checked and its dates derived from it. */
export function resolveRegionReportReference(reference: { region: Region; period: string }): RegionReport {
  return regionReport(reference.region, periodFromKey(reference.period));
}
