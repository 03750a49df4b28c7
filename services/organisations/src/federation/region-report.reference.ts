import { Region, periodFromKey } from '@icssi/platform';
import { RegionReport } from '../types/region-report.type';

/** A report reached from another subgraph: its key is checked and its dates derived from it. */
export function resolveRegionReportReference(reference: { region: Region; period: string }): RegionReport {
  const period = periodFromKey(reference.period);
  return { region: reference.region, period: period.key, from: period.from, to: period.to };
}
