import { periodFromKey } from '@icssi/platform';
import { GovernorateReport } from '../types/governorate-report.type';

/** A governorate report reached from another subgraph: its key is checked and its dates derived from it. */
export function resolveGovernorateReportReference(reference: { governorateCode: string; period: string }): GovernorateReport {
  const period = periodFromKey(reference.period);
  return { governorateCode: String(reference.governorateCode).toUpperCase(), period: period.key, from: period.from, to: period.to };
}
