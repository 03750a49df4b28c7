import { envInt } from '../config/env';
import { type PeopleCount } from './people-count.type';
import { PerturbationTable } from './perturbation-table';

/**
 * The one policy for every count of people the graph publishes (reports, series, exports, council
 * seats, per-action participants, meeting attendance): the cell-key method, then suppression.
 *
 * 1. A true count below the threshold is never shown (“fewer than threshold”), zero included, so an
 *    empty cell looks like a small one and no count below the threshold is ever published as a number.
 * 2. Any other count n and its cell key (the sum of its records' secret keys, cell-key.ts) give the
 *    noise d from the perturbation table (|d| ≤ the noise bound); the protected count is n + d, shown
 *    only when it is not below the threshold either (so “fewer than” and a shown number never say
 *    which side of the threshold the truth is on). The same records always give the same protected
 *    count, so asking again, through another period, area or breakdown, averages nothing away and
 *    differences keep the noise.
 * Totals are cells of their own (their own key and noise): the shown cells of a breakdown add up to
 * the shown total only within the noise.
 */
export interface DisclosurePolicy {
  /** Protected counts below this are suppressed (REPORT_MIN_CELL, default 5). */
  threshold: number;
  /** The largest change the noise makes to a count (REPORT_NOISE_BOUND, default 2). */
  noiseBound: number;
  table: PerturbationTable;
}

/** A cell as counted: the true number of people and the cell key of the records in it. */
export interface PeopleCell {
  count: number;
  cellKey: number;
}

export const EMPTY_CELL: PeopleCell = { count: 0, cellKey: 0 };

let cached: DisclosurePolicy | null = null;

/** The policy configured by the environment (read once per process). */
export function disclosurePolicy(): DisclosurePolicy {
  const threshold = envInt('REPORT_MIN_CELL', 5);
  const noiseBound = envInt('REPORT_NOISE_BOUND', 2);
  if (cached && cached.threshold === threshold && cached.noiseBound === noiseBound) return cached;
  if (threshold < 1) throw new Error(`REPORT_MIN_CELL must be at least 1, got ${threshold}`);
  cached = createDisclosurePolicy(threshold, noiseBound);
  return cached;
}

export function createDisclosurePolicy(threshold: number, noiseBound: number): DisclosurePolicy {
  return { threshold, noiseBound, table: new PerturbationTable(noiseBound) };
}

/** The protected count of one cell. */
export function protectCount(cell: PeopleCell, key: string | null = null, policy: DisclosurePolicy = disclosurePolicy()): PeopleCount {
  const protectedCount = cell.count < policy.threshold ? null : cell.count + policy.table.noise(cell.count, cell.cellKey);
  if (protectedCount === null || protectedCount < policy.threshold)
    return { key, value: null, suppressed: true, lowerThan: policy.threshold };
  return { key, value: protectedCount, suppressed: false, lowerThan: null };
}

/**
 * A breakdown over a closed vocabulary: one protected cell per value, in the vocabulary's order,
 * empty values included. A counted value outside the vocabulary is an error, never published or
 * left out (either would let the total minus the cells give it away).
 */
export function protectBreakdown(
  cells: ReadonlyMap<string, PeopleCell>,
  vocabulary: readonly string[],
  policy: DisclosurePolicy = disclosurePolicy(),
): PeopleCount[] {
  const outside = [...cells.keys()].filter((key) => !vocabulary.includes(key));
  if (outside.length) throw new Error(`counted values outside the published vocabulary: ${outside.length}`);
  return vocabulary.map((key) => protectCount(cells.get(key) ?? EMPTY_CELL, key, policy));
}
