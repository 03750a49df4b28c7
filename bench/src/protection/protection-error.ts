/**
 * The error the protection of counts of people adds, measured through the graph: every published
 * count of people (totals and every breakdown cell; members, council seats, campaign participants;
 * every region and area) for 19 periods — the years 2024–2026, the quarters and months of 2026 —
 * asked once of the graph as configured (threshold 5, noise bound 2) and once of the same graph with
 * the protection switched off (REPORT_MIN_CELL=1, REPORT_NOISE_BOUND=0: every count exact, zeros
 * reported as "fewer than 1"). The difference is what the protection costs the bridge team.
 */

type PeopleCount = { key: string | null; value: number | null; suppressed: boolean };

export const PROTECTION_OFF = { REPORT_MIN_CELL: '1', REPORT_NOISE_BOUND: '0' };

export const PERIODS: Array<Record<string, number>> = [
  { year: 2024 },
  { year: 2025 },
  { year: 2026 },
  ...[1, 2, 3, 4].map((quarter) => ({ year: 2026, quarter })),
  ...Array.from({ length: 12 }, (_, i) => ({ year: 2026, month: i + 1 })),
];

const FAMILIES: Record<string, 'members' | 'seats' | 'participants'> = {
  activeMembers: 'members',
  activeMembersByGender: 'members',
  activeMembersByAge: 'members',
  councilMembers: 'seats',
  councilMembersBySector: 'seats',
  participants: 'participants',
  participantsWomen: 'participants',
  participantsYouth: 'participants',
};
const FIELDS = Object.keys(FAMILIES)
  .map((field) => `${field} { key value suppressed }`)
  .join(' ');
const QUERY = `query($p: ReportPeriodInput!) {
  regionReports(period: $p) { area: region period ${FIELDS} }
  f: governorateReports(period: $p, region: FEDERAL_IRAQ) { area: governorateCode period ${FIELDS} }
  k: governorateReports(period: $p, region: KURDISTAN_REGION) { area: governorateCode period ${FIELDS} }
  i: governorateReports(period: $p, region: INTERNATIONAL) { area: governorateCode period ${FIELDS} } }`;

/** Every published count of people, by `period|area|field|key`. */
export async function collectPeopleCounts(url: string, headers: Record<string, string>): Promise<Map<string, PeopleCount>> {
  const cells = new Map<string, PeopleCount>();
  for (const period of PERIODS) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: QUERY, variables: { p: period } }),
    });
    const body = (await response.json()) as { data?: Record<string, Array<Record<string, unknown>>>; errors?: unknown[] };
    if (!body.data || body.errors)
      throw new Error(`the protection measurement's report query failed: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
    for (const reports of Object.values(body.data)) {
      for (const report of reports) {
        for (const field of Object.keys(FAMILIES)) {
          for (const count of ([] as PeopleCount[]).concat(report[field] as PeopleCount | PeopleCount[])) {
            cells.set(`${report.period}|${report.area}|${field}|${count.key ?? ''}`, count);
          }
        }
      }
    }
  }
  return cells;
}

export interface ProtectionError {
  scale: number;
  family: 'all' | 'members' | 'seats' | 'participants';
  /** Published counts compared. */
  cells: number;
  /** Shown as a number (protected count ≥ threshold). */
  shown: number;
  /** Mean and largest absolute difference from the true count, over shown cells. */
  meanAbsoluteError: number;
  maxAbsoluteError: number;
  /** Mean of |error| ÷ true count over shown cells. */
  meanRelativeError: number;
  /** Shown cells whose protected count equals the truth. */
  exactShare: number;
  /** Cells shown as "fewer than 5": all of them, and those whose true count is 5 or more (hidden by the noise). */
  suppressed: number;
  suppressedAtOrAboveThreshold: number;
  /** True counts in suppressed cells, as a share of the true counts in all cells (how much the bridge team does not see). */
  peopleInSuppressedShare: number;
}

/** Compares the protected answers with the exact ones, per family of counts and overall. */
export function protectionError(
  scale: number,
  protectedCells: Map<string, PeopleCount>,
  exactCells: Map<string, PeopleCount>,
  threshold = 5,
): ProtectionError[] {
  const rows: ProtectionError[] = [];
  for (const family of ['all', 'members', 'seats', 'participants'] as const) {
    let [cells, shown, absolute, relative, exact, max, suppressed, hiddenLarge, peopleHidden, people] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    for (const [id, exactCell] of exactCells) {
      const field = id.split('|')[2];
      if (family !== 'all' && FAMILIES[field] !== family) continue;
      const protectedCell = protectedCells.get(id);
      if (!protectedCell) throw new Error(`the protected graph did not answer ${id}`);
      const truth = exactCell.value ?? 0;
      cells += 1;
      people += truth;
      if (protectedCell.suppressed) {
        suppressed += 1;
        peopleHidden += truth;
        if (truth >= threshold) hiddenLarge += 1;
        continue;
      }
      const error = Math.abs((protectedCell.value as number) - truth);
      shown += 1;
      absolute += error;
      relative += error / truth;
      max = Math.max(max, error);
      if (error === 0) exact += 1;
    }
    rows.push({
      scale,
      family,
      cells,
      shown,
      meanAbsoluteError: shown ? absolute / shown : 0,
      maxAbsoluteError: max,
      meanRelativeError: shown ? relative / shown : 0,
      exactShare: shown ? exact / shown : 0,
      suppressed,
      suppressedAtOrAboveThreshold: hiddenLarge,
      peopleInSuppressedShare: people ? peopleHidden / people : 0,
    });
  }
  return rows;
}

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The Markdown table of bench/README.md and the README. */
export function protectionTable(rows: ProtectionError[]): string {
  const lines = [
    '| scale | counts of | cells | shown | mean abs. error | max abs. error | mean rel. error | exact | “fewer than 5” | of them ≥ 5 | people in those |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.scale} | ${row.family} | ${row.cells} | ${row.shown} | ${row.meanAbsoluteError.toFixed(2)} | ${row.maxAbsoluteError} | ${pct(row.meanRelativeError)} | ${pct(row.exactShare)} | ${row.suppressed} | ${row.suppressedAtOrAboveThreshold} | ${pct(row.peopleInSuppressedShare)} |`,
    );
  }
  return lines.join('\n');
}
