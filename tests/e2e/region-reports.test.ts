import { Region, Role } from '@icssi/platform';
import { postGraphql } from '../kit/test-subgraph';
import { TestStack, startTestStack } from '../kit/test-stack';
import { bearer } from '../kit/tokens';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

type Count = { key: string | null; value: number | null; suppressed: boolean };
type Report = {
  region: Region;
  period: string;
  from: string;
  to: string;
  organisationsByKind: Array<{ key: string; count: number }>;
  workingGroupsByTheme: Array<{ theme: string; dacCode: number; count: number }>;
  activeMembers: Count;
  activeMembersByGender: Count[];
  activeMembersByAge: Count[];
};

const REPORT = `query($period: ReportPeriodInput!) { regionReports(period: $period) { region period from to
  organisationsByKind { key count } workingGroupsByTheme { theme dacCode count }
  activeMembers { key value suppressed } activeMembersByGender { key value suppressed } activeMembersByAge { key value suppressed } } }`;

async function reports(period: Record<string, unknown>, role = Role.BRIDGE) {
  const { status, body } = await postGraphql<{ regionReports: Report[] }>(stack.gateway.url, REPORT, { period }, await bearer(role));
  return { status, reports: body.data?.regionReports ?? null, errors: body.errors };
}

const organisations = () => stack.subgraphs.organisations.dataSource;

/** The expected figures, counted row by row in JavaScript from the tables (an independent count). */
async function expectedFigures(region: Region, from: string, to: string) {
  const endYear = Number(to.slice(0, 4));
  const orgs: Array<{ kind: string }> = await organisations().query(
    `SELECT kind FROM organisation WHERE home_region = $1 AND status <> 'ARCHIVED' AND (founded_year IS NULL OR founded_year <= $2)`,
    [region, endYear],
  );
  const groups: Array<{ themes: string[] }> = await organisations().query(
    `SELECT themes FROM working_group WHERE region = $1 AND archived_at IS NULL AND (founded_on IS NULL OR founded_on <= $2)`,
    [region, to],
  );
  const memberships: Array<{ person_id: string; gender: string | null; birth_year: number | null; region: string; start_date: string | null; end_date: string | null }> =
    await organisations().query(
      `SELECT m.person_id, p.gender, p.birth_year, coalesce(w.region, o.home_region) AS region, m.start_date::text, m.end_date::text
       FROM membership m JOIN person p ON p.id = m.person_id AND p.archived_at IS NULL
       LEFT JOIN working_group w ON w.id = m.working_group_id LEFT JOIN organisation o ON o.id = m.organisation_id`,
    );
  const tally = (keys: string[]) => keys.reduce<Record<string, number>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {});
  const active = new Map<string, { gender: string | null; birthYear: number | null }>();
  for (const row of memberships) {
    if (row.region !== region) continue;
    if (row.start_date && row.start_date > to) continue;
    if (row.end_date && row.end_date < from) continue;
    active.set(row.person_id, { gender: row.gender, birthYear: row.birth_year });
  }
  const ages = [...active.values()].map(({ birthYear }) =>
    birthYear == null ? 'UNKNOWN' : birthYear >= endYear - 29 && birthYear <= endYear - 15 ? 'YOUTH' : 'OTHER',
  );
  return {
    organisationsByKind: tally(orgs.map((row) => row.kind)),
    workingGroupsByTheme: tally(groups.flatMap((row) => row.themes)),
    members: active.size,
    byGender: tally([...active.values()].map((person) => person.gender ?? 'UNKNOWN')),
    byAge: tally(ages),
  };
}

describe('regionReports: the organisations subgraph’s part', () => {
  it('gives federal Iraq, the Kurdistan Region and international side by side, with the independently counted figures', async () => {
    const { reports: found, errors } = await reports({ year: 2026 });
    expect(errors).toBeUndefined();
    expect(found!.map((report) => [report.region, report.period, report.from, report.to])).toEqual([
      ['FEDERAL_IRAQ', '2026', '2026-01-01', '2026-12-31'],
      ['KURDISTAN_REGION', '2026', '2026-01-01', '2026-12-31'],
      ['INTERNATIONAL', '2026', '2026-01-01', '2026-12-31'],
    ]);
    for (const report of found!) {
      const expected = await expectedFigures(report.region, report.from, report.to);
      expect(Object.fromEntries(report.organisationsByKind.map((row) => [row.key, row.count]))).toEqual(expected.organisationsByKind);
      expect(Object.fromEntries(report.workingGroupsByTheme.map((row) => [row.theme, row.count]))).toEqual(expected.workingGroupsByTheme);
      expect(report.activeMembers).toEqual(expected.members > 0 && expected.members < 5 ? { key: null, value: null, suppressed: true } : { key: null, value: expected.members, suppressed: false });
      for (const cell of [...report.activeMembersByGender, ...report.activeMembersByAge]) {
        const counted = (report.activeMembersByGender.includes(cell) ? expected.byGender : expected.byAge)[cell.key!] ?? 0;
        if (!cell.suppressed) expect(cell.value).toBe(counted);
      }
    }
    // The demo network: five youth working groups per region and ten active members in each.
    const [federal, kurdistan] = found!;
    expect(federal.activeMembers.value).toBe(10);
    expect(kurdistan.activeMembers.value).toBe(10);
    expect(federal.workingGroupsByTheme.find((row) => row.theme === 'TRANSPARENCY')).toEqual({ theme: 'TRANSPARENCY', dacCode: 15113, count: 1 });
  });

  it('suppresses small counts of people, and never leaves a single hidden cell that the total would give back', async () => {
    const { reports: found } = await reports({ year: 2026 });
    for (const report of found!) {
      for (const breakdown of [report.activeMembersByGender, report.activeMembersByAge]) {
        for (const cell of breakdown) if (!cell.suppressed) expect(cell.value === 0 || cell.value! >= 5).toBe(true);
        const hidden = breakdown.filter((cell) => cell.suppressed).length;
        expect(hidden === 0 || hidden >= 2).toBe(true);
        if (!report.activeMembers.suppressed && hidden === 0) {
          expect(breakdown.reduce((sum, cell) => sum + cell.value!, 0)).toBe(report.activeMembers.value);
        }
      }
    }
    // Federal Iraq 2026: 6 young members, 4 others: the 4 is hidden, and a second cell with it.
    const federal = found!.find((report) => report.region === Region.FEDERAL_IRAQ)!;
    const expected = await expectedFigures(Region.FEDERAL_IRAQ, '2026-01-01', '2026-12-31');
    expect(expected.byAge).toEqual({ YOUTH: 6, OTHER: 4 });
    expect(federal.activeMembersByAge).toEqual([
      { key: 'YOUTH', value: 6, suppressed: false },
      { key: 'OTHER', value: null, suppressed: true },
      { key: 'UNKNOWN', value: null, suppressed: true },
    ]);
  });

  it('takes a year, a quarter or a date range, and refuses anything else as a bad request', async () => {
    const quarter = await reports({ year: 2026, quarter: 3 });
    expect(quarter.reports![0]).toMatchObject({ period: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    const range = await reports({ from: '2025-02-01', to: '2026-02-28' });
    expect(range.reports![0]).toMatchObject({ period: '2025-02-01..2026-02-28', from: '2025-02-01', to: '2026-02-28' });
    const early = await reports({ from: '2013-01-01', to: '2013-12-31' });
    const expected = await expectedFigures(Region.FEDERAL_IRAQ, '2013-01-01', '2013-12-31');
    expect(Object.fromEntries(early.reports![0].organisationsByKind.map((row) => [row.key, row.count]))).toEqual(expected.organisationsByKind);
    for (const bad of [{}, { year: 2026, from: '2026-01-01', to: '2026-02-01' }, { year: 2026, quarter: 5 }, { quarter: 2 }, { from: '2026-03-01', to: '2026-01-01' }, { year: 1800 }]) {
      const refused = await reports(bad);
      expect(refused.reports).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is for the bridge team, editors and admins only', async () => {
    for (const role of [Role.BRIDGE, Role.ADMIN]) expect((await reports({ year: 2026 }, role)).reports).toHaveLength(3);
    const publicCall = await postGraphql(stack.gateway.url, REPORT, { period: { year: 2026 } });
    expect(publicCall.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const member = await reports({ year: 2026 }, Role.MEMBER);
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(member.reports).toBeNull();
  });

  it('counts in one SQL statement per subgraph fetch', async () => {
    const before = stack.subgraphs.organisations.sqlCounter.count;
    await reports({ year: 2026 });
    expect(stack.subgraphs.organisations.sqlCounter.count - before).toBe(1);
  });
});
