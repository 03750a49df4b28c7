import { type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';
import { MAX_SERIES_PERIODS } from '@icssi/platform';
import { type SupergraphOwners } from './supergraph-owners';

/**
 * Reports are costed by the work they cause, not by the size of their answer: for each period,
 * every subgraph whose figures are selected runs its aggregation over all its records of the
 * period (the regions of one period share that work). One aggregation costs as much as this many
 * plain fields: a frontend page of ~20,000 fields and one period × subgraph aggregation take about
 * the same time at the demo's scale, and the aggregation grows with the data.
 */
export const AGGREGATION_COST = 500;

/** Regions per period in `regionReports` and `regionReportSeries` (Region has three values). */
const REGIONS = 3;
/** Governorates of the largest region (federal Iraq), for a governorate breakdown. */
const GOVERNORATES_PER_REGION = 15;
const KURDISTAN_GOVERNORATES = 4;

const monthIndex = (day: string): number | null => {
  const match = /^(\d{4})-(\d{2})/.exec(day);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
};

/**
 * Periods a report field covers: a series counts its years, quarters or months; anything else is
 * one period. A series that the subgraph refuses before computing anything (reversed, or longer
 * than it accepts) counts as one; an unknown granularity counts the most a series may have.
 */
export function reportPeriods(args: Record<string, unknown>): number {
  if (typeof args.granularity !== 'string') return 1;
  const from = typeof args.from === 'string' ? monthIndex(args.from) : null;
  const to = typeof args.to === 'string' ? monthIndex(args.to) : null;
  if (from === null || to === null) return MAX_SERIES_PERIODS;
  const months = ({ YEAR: 12, QUARTER: 3, MONTH: 1 } as Record<string, number>)[args.granularity];
  if (!months) return MAX_SERIES_PERIODS;
  const periods = Math.floor(to / months) - Math.floor(from / months) + 1;
  return periods < 1 || periods > MAX_SERIES_PERIODS ? 1 : periods;
}

/** Reports per period: every region, or every governorate of the region asked for. */
export function reportsPerPeriod(typeName: string, args: Record<string, unknown>): number {
  if (!/Governorate/.test(typeName)) return REGIONS;
  return args.region === 'KURDISTAN_REGION' ? KURDISTAN_GOVERNORATES : GOVERNORATES_PER_REGION;
}

/**
 * The subgraphs whose fields a report selection asks for (fragments and inline fragments
 * included; key fields that every subgraph knows count for none).
 */
export function subgraphsSelected(
  typeName: string,
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  owners: SupergraphOwners,
): Set<string> {
  const graphs = new Set<string>();
  const walk = (selections: SelectionSetNode | undefined, active: Set<string>): void => {
    for (const selection of selections?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        for (const graph of owners.fieldOwners.get(`${typeName}.${selection.name.value}`) ?? []) graphs.add(graph);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, active);
      } else if (!active.has(selection.name.value)) {
        active.add(selection.name.value);
        walk(fragments[selection.name.value]?.selectionSet, active);
        active.delete(selection.name.value);
      }
    }
  };
  walk(selectionSet, new Set());
  return graphs;
}
