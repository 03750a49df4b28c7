import { type ReportPeriod, type Region, checkedArea, periodFromKey, regionOfArea } from '@icssi/platform';
import { type GovernorateReport } from '../types/governorate-report.type';

/** A governorate report of an area for a period (from a query or a representation: both are checked). */
export function governorateReport(code: string, period: ReportPeriod): GovernorateReport {
  const governorateCode = checkedArea(code);
  return {
    governorateCode,
    region: regionOfArea(governorateCode) as Region,
    period: period.key,
    periodKind: period.kind,
    from: period.from,
    to: period.to,
  };
}

/** A governorate report reached from another subgraph: its key is checked and its dates derived from it. */
export function resolveGovernorateReportReference(reference: { governorateCode: string; period: string }): GovernorateReport {
  return governorateReport(reference.governorateCode, periodFromKey(reference.period));
}
