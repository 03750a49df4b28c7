import { AGE_BANDS, Region, Role } from '@icssi/platform';
import {
  areaOf,
  expectedBreakdown,
  expectedFigure,
  memberCells,
  participantCells,
  seatCells,
  trueCell,
} from '@icssi/test-kit/report-truth';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

type Count = { key: string | null; value: number | null; suppressed: boolean; lowerThan: number | null };
const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'];
const SECTORS = [
  'CIVIL_SOCIETY',
  'LOCAL_AUTHORITY',
  'COMMUNITY_LEADER',
  'RELIGIOUS_LEADER',
  'TRIBAL_LEADER',
  'WOMEN_REPRESENTATIVE',
  'YOUTH_REPRESENTATIVE',
];
type Report = {
  region: Region;
  period: string;
  periodKind: string;
  from: string;
  to: string;
  organisationsByKind: Array<{ key: string; count: number }>;
  workingGroupsByTheme: Array<{ theme: string; dacCode: number; count: number }>;
  activeMembers: Count;
  activeMembersByGender: Count[];
  activeMembersByAge: Count[];
};

const REPORT = `query($period: ReportPeriodInput!) { regionReports(period: $period) { region period periodKind from to
  organisationsByKind { key count } workingGroupsByTheme { theme dacCode count }
  activeMembers { key value suppressed lowerThan } activeMembersByGender { key value suppressed lowerThan } activeMembersByAge { key value suppressed lowerThan } } }`;

async function reports(period: Record<string, unknown>, role = Role.BRIDGE, region: Region | null = null) {
  const { status, body } = await postGraphql<{ regionReports: Report[] }>(
    stack.gateway.url,
    REPORT,
    { period },
    await bearer(role, region),
  );
  return { status, reports: body.data?.regionReports ?? null, errors: body.errors };
}

const organisations = () => stack.subgraphs.organisations.dataSource;

/** Today in Iraq (YYYY-MM-DD), the day campaign statuses are read for a period not over yet. */
const iraqToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baghdad' }).format(new Date());

type CampaignStatusRow = { status: string; status_follows_calendar: boolean; start_date: string | null; end_date: string | null };

/** A campaign's status at the end of a period (README, "Campaign statuses"), worked out independently of the SQL. */
function campaignStatusAtEnd(row: CampaignStatusRow, to: string): string {
  const day = to < iraqToday() ? to : iraqToday();
  if (!row.status_follows_calendar || row.status === 'DRAFT' || row.status === 'CANCELLED') return row.status;
  if (!row.start_date || row.start_date > day) return 'PLANNED';
  return row.end_date && row.end_date < day ? 'COMPLETED' : 'ACTIVE';
}

/** The expected record counts, counted row by row in JavaScript from the tables (an independent count); people: see report-truth.ts. */
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
  const tally = (keys: string[]) => keys.reduce<Record<string, number>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {});
  return { organisationsByKind: tally(orgs.map((row) => row.kind)), workingGroupsByTheme: tally(groups.flatMap((row) => row.themes)) };
}

describe('regionReports: the organisations subgraph’s part', () => {
  it('gives federal Iraq, the Kurdistan Region and international side by side, with the independently counted figures, people protected', async () => {
    const { reports: found, errors } = await reports({ year: 2026 });
    expect(errors).toBeUndefined();
    expect(found!.map((report) => [report.region, report.period, report.periodKind, report.from, report.to])).toEqual([
      ['FEDERAL_IRAQ', '2026', 'YEAR', '2026-01-01', '2026-12-31'],
      ['KURDISTAN_REGION', '2026', 'YEAR', '2026-01-01', '2026-12-31'],
      ['INTERNATIONAL', '2026', 'YEAR', '2026-01-01', '2026-12-31'],
    ]);
    const people = await memberCells(stack, '2026-01-01', '2026-12-31');
    for (const report of found!) {
      const expected = await expectedFigures(report.region, report.from, report.to);
      expect(Object.fromEntries(report.organisationsByKind.map((row) => [row.key, row.count]))).toEqual(expected.organisationsByKind);
      expect(Object.fromEntries(report.workingGroupsByTheme.map((row) => [row.theme, row.count]))).toEqual(expected.workingGroupsByTheme);
      expect(report.activeMembers).toEqual(expectedFigure(trueCell(people, report.region, 'total')));
      expect(report.activeMembersByGender).toEqual(expectedBreakdown(people, report.region, 'gender', GENDERS));
      expect(report.activeMembersByAge).toEqual(expectedBreakdown(people, report.region, 'age', AGE_BANDS));
    }
    // The demo network: five youth working groups per region and ten active members in each (published within the noise bound).
    const [federal, kurdistan] = found!;
    expect([trueCell(people, 'FEDERAL_IRAQ', 'total').count, trueCell(people, 'KURDISTAN_REGION', 'total').count]).toEqual([10, 10]);
    for (const report of [federal, kurdistan]) expect(Math.abs(report.activeMembers.value! - 10)).toBeLessThanOrEqual(2);
    expect(federal.workingGroupsByTheme.find((row) => row.theme === 'TRANSPARENCY')).toEqual({
      theme: 'TRANSPARENCY',
      dacCode: 15113,
      count: 1,
    });
  });

  it('lists international only where it has organisations or working groups (whether it has members would be a count of people)', async () => {
    const seen: boolean[] = [];
    for (const [period, from, to] of [
      [{ year: 2026 }, '2026-01-01', '2026-12-31'],
      [{ from: '1920-01-01', to: '1950-12-31' }, '1920-01-01', '1950-12-31'],
    ] as const) {
      const expected = await expectedFigures(Region.INTERNATIONAL, from, to);
      const hasData = Object.keys(expected.organisationsByKind).length + Object.keys(expected.workingGroupsByTheme).length > 0;
      const { reports: found } = await reports(period);
      expect(found!.map((report) => report.region)).toEqual(
        hasData ? ['FEDERAL_IRAQ', 'KURDISTAN_REGION', 'INTERNATIONAL'] : ['FEDERAL_IRAQ', 'KURDISTAN_REGION'],
      );
      seen.push(hasData);
    }
    expect(seen).toEqual([true, false]);
  });

  it('protects every count of people: within the noise bound of the truth, “fewer than 5” below the threshold, every breakdown listing its whole vocabulary', async () => {
    for (const [period, from, to] of [
      [{ year: 2026 }, '2026-01-01', '2026-12-31'],
      [{ year: 2026, quarter: 1 }, '2026-01-01', '2026-03-31'],
      [{ year: 2025 }, '2025-01-01', '2025-12-31'],
    ] as const) {
      const { reports: found } = await reports(period);
      const people = await memberCells(stack, from, to);
      for (const report of found!) {
        expect(report.activeMembersByGender.map((cell) => cell.key)).toEqual(GENDERS);
        expect(report.activeMembersByAge.map((cell) => cell.key)).toEqual([...AGE_BANDS]);
        const cells: Array<[Count, number]> = [
          [report.activeMembers, trueCell(people, report.region, 'total').count],
          ...report.activeMembersByGender.map((cell): [Count, number] => [
            cell,
            trueCell(people, report.region, `gender:${cell.key}`).count,
          ]),
          ...report.activeMembersByAge.map((cell): [Count, number] => [cell, trueCell(people, report.region, `age:${cell.key}`).count]),
        ];
        for (const [cell, truth] of cells) {
          if (cell.suppressed) expect(cell).toMatchObject({ value: null, lowerThan: 5 });
          else expect(cell.value! >= 5 && Math.abs(cell.value! - truth) <= 2 && cell.lowerThan === null).toBe(true);
          if (truth === 0) expect(cell.suppressed).toBe(true);
        }
      }
    }
  });

  it('takes a year, a quarter, a month or a date range; a range has no counts of people; anything else is a bad request', async () => {
    const quarter = await reports({ year: 2026, quarter: 3 });
    expect(quarter.reports![0]).toMatchObject({ period: '2026-Q3', periodKind: 'QUARTER', from: '2026-07-01', to: '2026-09-30' });
    const month = await reports({ year: 2026, month: 2 });
    expect(month.errors).toBeUndefined();
    expect(month.reports![0]).toMatchObject({ period: '2026-02', periodKind: 'MONTH', from: '2026-02-01', to: '2026-02-28' });
    const range = await postGraphql<{ regionReports: Report[] }>(
      stack.gateway.url,
      `query($period: ReportPeriodInput!) { regionReports(period: $period) { region period periodKind from to organisationsByKind { key count } activeMembers { value } } }`,
      { period: { from: '2025-02-01', to: '2026-02-28' } },
      await bearer(Role.BRIDGE),
    );
    expect(range.body.data!.regionReports[0]).toMatchObject({
      period: '2025-02-01..2026-02-28',
      periodKind: 'RANGE',
      from: '2025-02-01',
      to: '2026-02-28',
      activeMembers: null,
    });
    expect(range.body.data!.regionReports[0].organisationsByKind.length).toBeGreaterThan(0);
    expect(range.body.errors!.length).toBeGreaterThan(0);
    for (const error of range.body.errors!) {
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/not for a range of days/);
      expect(error.path?.[2]).toBe('activeMembers');
    }
    const early = await postGraphql<{ regionReports: Report[] }>(
      stack.gateway.url,
      `{ regionReports(period: { from: "2013-01-01", to: "2013-12-31" }) { organisationsByKind { key count } } }`,
      {},
      await bearer(Role.BRIDGE),
    );
    const expected = await expectedFigures(Region.FEDERAL_IRAQ, '2013-01-01', '2013-12-31');
    expect(Object.fromEntries(early.body.data!.regionReports[0].organisationsByKind.map((row) => [row.key, row.count]))).toEqual(
      expected.organisationsByKind,
    );
    for (const bad of [
      {},
      { year: 2026, from: '2026-01-01', to: '2026-02-01' },
      { year: 2026, quarter: 5 },
      { quarter: 2 },
      { month: 2 },
      { year: 2026, month: 13 },
      { year: 2026, quarter: 1, month: 1 },
      { from: '2026-03-01', to: '2026-01-01' },
      { year: 1800 },
    ]) {
      const refused = await reports(bad);
      expect(refused.reports).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('takes a forum season as the period: its whole cycle in whole months, from the month after the forum’s previous season to the month it ends, looked up in the forum-seasons subgraph', async () => {
    const seasons: Array<{ id: string; number: number; start_date: string; end_date: string }> = await stack.subgraphs[
      'forum-seasons'
    ].dataSource.query(
      `SELECT s.id, s.number, s.start_date::text, s.end_date::text FROM forum_season s JOIN forum f ON f.id = s.forum_id
       WHERE f.slug = 'iraqi-social-forum' AND s.archived_at IS NULL ORDER BY s.start_date`,
    );
    const third = seasons.findIndex((row) => row.number === 3);
    const previousEnd = new Date(`${seasons[third - 1].end_date}T00:00:00Z`);
    const cycleStart = new Date(Date.UTC(previousEnd.getUTCFullYear(), previousEnd.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
    const end = new Date(`${seasons[third].end_date}T00:00:00Z`);
    const cycleEnd = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    const season = await reports({ forumSeasonId: seasons[third].id });
    expect(season.errors).toBeUndefined();
    expect(season.reports![0]).toMatchObject({
      period: `season:${seasons[third].id}:${cycleStart}..${cycleEnd}`,
      periodKind: 'FORUM_SEASON',
      from: cycleStart,
      to: cycleEnd,
    });
    expect([cycleStart.slice(8), cycleEnd.slice(0, 7)]).toEqual(['01', seasons[third].end_date.slice(0, 7)]);
    expect(season.reports![0].activeMembers.suppressed === true || season.reports![0].activeMembers.value! >= 5).toBe(true);
    // The forum's first season's cycle starts on 1 January of its year.
    const first = await reports({ forumSeasonId: seasons[0].id });
    expect(first.reports![0].from).toBe(`${seasons[0].start_date.slice(0, 4)}-01-01`);
    for (const bad of [
      { forumSeasonId: '00000000-0000-4000-8000-000000000000' },
      { forumSeasonId: 'nope' },
      { forumSeasonId: seasons[0].id, year: 2025 },
    ]) {
      const refused = await reports(bad);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is for the bridge team, editors and admins only', async () => {
    for (const role of [Role.BRIDGE, Role.ADMIN]) expect((await reports({ year: 2026 }, role)).reports).toHaveLength(3);
    expect((await reports({ year: 2026 }, Role.EDITOR, Region.KURDISTAN_REGION)).reports).toHaveLength(3);
    const publicCall = await postGraphql(stack.gateway.url, REPORT, { period: { year: 2026 } });
    expect(publicCall.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const member = await reports({ year: 2026 }, Role.MEMBER);
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(member.reports).toBeNull();
  });

  it('counts in one SQL statement per subgraph fetch (and the nonce claim every request costs), for the whole report', async () => {
    const QUERY = `{ regionReports(period: { year: 2026 }) { organisationsByKind { count } activeMembers { value }
      campaignsByTheme { count } actionsByType { count } participants { value } participantsWomen { value }
      forumSeasons forumSessions recommendationsAdoptedByTheme { count }
      councilsByStatus { count } councilMembersBySector { value } averageProgress recommendationsImplemented } }`;
    const parts = ['organisations', 'campaigns', 'forum-seasons', 'cohesion-councils'] as const;
    const counts = () => parts.map((name) => stack.subgraphs[name].sqlCounter.count);
    const before = counts();
    const { body } = await postGraphql(stack.gateway.url, QUERY, {}, await bearer(Role.BRIDGE));
    expect(body.errors).toBeUndefined();
    const after = counts();
    // each subgraph: the report's statement, and the claim of the signed context's nonce (single use)
    expect(after.map((count, index) => count - before[index])).toEqual([1 + 1, 1 + 1, 1 + 1, 1 + 1]);
  });
});

type CampaignPart = {
  region: Region;
  from: string;
  to: string;
  campaignsByTheme: Array<{ theme: string; dacCode: number; count: number }>;
  campaignsByStatus: Array<{ key: string; count: number }>;
  actionsByType: Array<{ key: string; count: number }>;
  participants: Count;
  participantsWomen: Count;
  participantsYouth: Count;
};
const CAMPAIGN_PART = `query($period: ReportPeriodInput!) { regionReports(period: $period) { region from to
  campaignsByTheme { theme dacCode count } campaignsByStatus { key count } actionsByType { key count }
  participants { key value suppressed lowerThan } participantsWomen { key value suppressed lowerThan } participantsYouth { key value suppressed lowerThan } } }`;

/** Campaign figures counted row by row in JavaScript. */
async function expectedCampaignFigures(region: Region, from: string, to: string) {
  const db = stack.subgraphs.campaigns.dataSource;
  const campaigns: Array<CampaignStatusRow & { id: string; themes: string[]; regions: string[]; archived_at: Date | null }> =
    await db.query(
      `SELECT id, status, status_follows_calendar, themes, regions, start_date::text, end_date::text, archived_at FROM campaign`,
    );
  const counted = campaigns.filter((c) => c.status !== 'DRAFT' && !c.archived_at && c.regions.includes(region));
  const running = counted.filter((c) => (!c.start_date || c.start_date <= to) && (!c.end_date || c.end_date >= from));
  const ids = new Set(counted.map((c) => c.id));
  const actions: Array<{
    campaign_id: string;
    type: string;
    occurred_on: string;
    archived_at: Date | null;
    participants_total: number | null;
    participants_women: number | null;
    participants_youth: number | null;
  }> = await db.query(
    `SELECT campaign_id, type, occurred_on::text, archived_at, participants_total, participants_women, participants_youth FROM campaign_action`,
  );
  const inPeriod = actions.filter((a) => ids.has(a.campaign_id) && !a.archived_at && a.occurred_on >= from && a.occurred_on <= to);
  const tally = (keys: string[]) => keys.reduce<Record<string, number>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {});
  const sum = (pick: (a: (typeof inPeriod)[number]) => number | null) => inPeriod.reduce((total, a) => total + (pick(a) ?? 0), 0);
  return {
    byTheme: tally(running.flatMap((c) => c.themes)),
    byStatus: tally(running.map((c) => campaignStatusAtEnd(c, to))),
    actionsByType: tally(inPeriod.map((a) => a.type)),
    participants: sum((a) => a.participants_total),
    women: sum((a) => a.participants_women),
    youth: sum((a) => a.participants_youth),
  };
}

describe('regionReports: the campaigns subgraph’s part', () => {
  it('counts campaigns, actions and participants per region, as counted row by row', async () => {
    const { body } = await postGraphql<{ regionReports: CampaignPart[] }>(
      stack.gateway.url,
      CAMPAIGN_PART,
      { period: { year: 2026 } },
      await bearer(Role.BRIDGE),
    );
    expect(body.errors).toBeUndefined();
    let actionsSeen = 0;
    const people = await participantCells(stack, '2026-01-01', '2026-12-31');
    for (const report of body.data!.regionReports) {
      const expected = await expectedCampaignFigures(report.region, report.from, report.to);
      expect(Object.fromEntries(report.campaignsByTheme.map((row) => [row.theme, row.count]))).toEqual(expected.byTheme);
      expect(Object.fromEntries(report.campaignsByStatus.map((row) => [row.key, row.count]))).toEqual(expected.byStatus);
      expect(Object.fromEntries(report.actionsByType.map((row) => [row.key, row.count]))).toEqual(expected.actionsByType);
      expect([
        trueCell(people, report.region, 'participants_total').count,
        trueCell(people, report.region, 'participants_women').count,
        trueCell(people, report.region, 'participants_youth').count,
      ]).toEqual([expected.participants, expected.women, expected.youth]);
      expect(report.participants).toEqual(expectedFigure(trueCell(people, report.region, 'participants_total')));
      expect(report.participantsWomen).toEqual(expectedFigure(trueCell(people, report.region, 'participants_women')));
      expect(report.participantsYouth).toEqual(expectedFigure(trueCell(people, report.region, 'participants_youth')));
      actionsSeen += Object.values(expected.actionsByType).reduce((a, b) => a + b, 0);
    }
    // The demo data has actions in 2026 in both regions, so the comparison above is not vacuous.
    expect(actionsSeen).toBeGreaterThan(3);
    const federal = body.data!.regionReports.find((report) => report.region === Region.FEDERAL_IRAQ)!;
    expect(federal.participants.value).toBeGreaterThan(100);
  });

  it('gives an action’s own public figures and a report cell holding only that action the same protected figures', async () => {
    // A single action in a month and governorate of its own: 30 people, 27 of them women, 12 young.
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const campaigns = await postGraphql<{ campaignBySlug: { id: string } }>(
      stack.gateway.url,
      `{ campaignBySlug(slug: "speak-freely-kurdistan") { id } }`,
      {},
      editor,
    );
    const ADD = `mutation($input: AddCampaignActionInput!) { addCampaignAction(input: $input) { action { id } userErrors { code } } }`;
    const added = await postGraphql<{ addCampaignAction: { action: { id: string }; userErrors: unknown[] } }>(
      stack.gateway.url,
      ADD,
      {
        input: {
          campaignId: campaigns.body.data!.campaignBySlug.id,
          type: 'WORKSHOP',
          occurredOn: '2026-11-02',
          governorateCode: 'IQ-SU',
          participantsTotal: 30,
          participantsWomen: 27,
          participantsYouth: 12,
        },
      },
      editor,
    );
    expect(added.body.data!.addCampaignAction.userErrors).toEqual([]);
    const actionId = added.body.data!.addCampaignAction.action.id;
    const own = await postGraphql<{ campaignAction: { participantsTotal: Count; participantsWomen: Count; participantsYouth: Count } }>(
      stack.gateway.url,
      `query($id: ID!) { campaignAction(id: $id) { participantsTotal { key value suppressed lowerThan } participantsWomen { key value suppressed lowerThan } participantsYouth { key value suppressed lowerThan } } }`,
      { id: actionId },
    );
    const { body } = await postGraphql<{ regionReports: CampaignPart[] }>(
      stack.gateway.url,
      CAMPAIGN_PART,
      { period: { year: 2026, month: 11 } },
      await bearer(Role.BRIDGE),
    );
    const kurdistan = body.data!.regionReports.find((report) => report.region === Region.KURDISTAN_REGION)!;
    const sulaymaniyah = await postGraphql<{
      governorateReports: Array<{ governorateCode: string; participants: Count; participantsWomen: Count; participantsYouth: Count }>;
    }>(
      stack.gateway.url,
      `{ governorateReports(period: { year: 2026, month: 11 }, region: KURDISTAN_REGION) { governorateCode participants { key value suppressed lowerThan } participantsWomen { key value suppressed lowerThan } participantsYouth { key value suppressed lowerThan } } }`,
      {},
      await bearer(Role.BRIDGE),
    );
    const cell = sulaymaniyah.body.data!.governorateReports.find((report) => report.governorateCode === 'IQ-SU')!;
    const figures = own.body.data!.campaignAction;
    expect([kurdistan.participants, kurdistan.participantsWomen, kurdistan.participantsYouth]).toEqual([
      figures.participantsTotal,
      figures.participantsWomen,
      figures.participantsYouth,
    ]);
    expect([cell.participants, cell.participantsWomen, cell.participantsYouth]).toEqual([
      figures.participantsTotal,
      figures.participantsWomen,
      figures.participantsYouth,
    ]);
    expect(Math.abs(figures.participantsTotal.value! - 30)).toBeLessThanOrEqual(2);
    expect(Math.abs(figures.participantsWomen.value! - 27)).toBeLessThanOrEqual(2);
  });
});

describe('regionReports: the forum-seasons subgraph’s part', () => {
  const FORUM_PART = `query($period: ReportPeriodInput!) { regionReports(period: $period) { region from to
    forumSeasons forumSessions forumParticipatingOrganisations recommendationsAdoptedByTheme { theme dacCode count } } }`;
  type ForumPart = {
    region: Region;
    from: string;
    to: string;
    forumSeasons: number;
    forumSessions: number;
    forumParticipatingOrganisations: number;
    recommendationsAdoptedByTheme: Array<{ theme: string; dacCode: number; count: number }>;
  };

  async function expectedForumFigures(region: Region, from: string, to: string) {
    const db = stack.subgraphs['forum-seasons'].dataSource;
    const seasons: Array<{ id: string; start: string }> = await db.query(
      `SELECT s.id, coalesce(s.start_date, make_date(s.year, 1, 1))::text AS start FROM forum_season s JOIN forum f ON f.id = s.forum_id WHERE f.region = $1 AND s.archived_at IS NULL`,
      [region],
    );
    const held = new Set(seasons.filter((s) => s.start >= from && s.start <= to).map((s) => s.id));
    const sessions: Array<{ season_id: string }> = await db.query(`SELECT season_id FROM forum_session WHERE archived_at IS NULL`);
    const participants: Array<{ season_id: string; organisation_id: string }> = await db.query(
      `SELECT season_id, organisation_id FROM forum_season_participant`,
    );
    const recommendations: Array<{ themes: string[]; adopted_on: string | null; status: string; region: string }> = await db.query(
      `SELECT r.themes, r.adopted_on::text, r.status, f.region FROM recommendation r JOIN forum_season s ON s.id = r.season_id JOIN forum f ON f.id = s.forum_id`,
    );
    const adopted = recommendations.filter(
      (r) => r.region === region && r.status !== 'WITHDRAWN' && r.adopted_on && r.adopted_on >= from && r.adopted_on <= to,
    );
    return {
      seasons: held.size,
      sessions: sessions.filter((s) => held.has(s.season_id)).length,
      organisations: new Set(participants.filter((p) => held.has(p.season_id)).map((p) => p.organisation_id)).size,
      byTheme: adopted.flatMap((r) => r.themes).reduce<Record<string, number>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {}),
    };
  }

  it.each([[{ year: 2025 }], [{ year: 2026 }], [{ from: '2013-01-01', to: '2026-12-31' }]])(
    'counts seasons, sessions, participants and adopted recommendations for %j',
    async (period) => {
      const { body } = await postGraphql<{ regionReports: ForumPart[] }>(
        stack.gateway.url,
        FORUM_PART,
        { period },
        await bearer(Role.BRIDGE),
      );
      expect(body.errors).toBeUndefined();
      for (const report of body.data!.regionReports) {
        const expected = await expectedForumFigures(report.region, report.from, report.to);
        expect([report.forumSeasons, report.forumSessions, report.forumParticipatingOrganisations]).toEqual([
          expected.seasons,
          expected.sessions,
          expected.organisations,
        ]);
        expect(Object.fromEntries(report.recommendationsAdoptedByTheme.map((row) => [row.theme, row.count]))).toEqual(expected.byTheme);
      }
    },
  );

  it('knows the demo forums: Iraqi Social Forum 2025 (season 3) adopted its recommendations in federal Iraq', async () => {
    const { body } = await postGraphql<{ regionReports: ForumPart[] }>(stack.gateway.url, FORUM_PARTS_2025, {}, await bearer(Role.BRIDGE));
    const [federal, kurdistan] = body.data!.regionReports;
    expect(federal.forumSeasons).toBe(1);
    expect(federal.forumSessions).toBe(3);
    expect(federal.forumParticipatingOrganisations).toBe(3);
    expect(federal.recommendationsAdoptedByTheme.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(0);
    expect(kurdistan.forumSeasons).toBe(0);
  });
});

const FORUM_PARTS_2025 = `{ regionReports(period: { year: 2025 }) { region forumSeasons forumSessions forumParticipatingOrganisations recommendationsAdoptedByTheme { theme count } } }`;

describe('regionReports: the cohesion-councils subgraph’s part', () => {
  const COUNCIL_PART = `query($period: ReportPeriodInput!) { regionReports(period: $period) { region from to
    councilsByStatus { key count } councilMembers { key value suppressed lowerThan } councilMembersBySector { key value suppressed lowerThan }
    implementationsByStatus { key count } averageProgress recommendationsImplemented } }`;
  const COUNCIL_RECORDS = `query($period: ReportPeriodInput!) { regionReports(period: $period) { region from to
    councilsByStatus { key count } implementationsByStatus { key count } averageProgress recommendationsImplemented } }`;
  type CouncilPart = {
    region: Region;
    from: string;
    to: string;
    councilsByStatus: Array<{ key: string; count: number }>;
    councilMembers: Count;
    councilMembersBySector: Count[];
    implementationsByStatus: Array<{ key: string; count: number }>;
    averageProgress: number | null;
    recommendationsImplemented: number;
  };

  async function expectedCouncilFigures(region: Region, from: string, to: string) {
    const db = stack.subgraphs['cohesion-councils'].dataSource;
    const councils: Array<{ id: string; status: string }> = await db.query(
      `SELECT id, status FROM cohesion_council WHERE region = $1 AND archived_at IS NULL AND (established_on IS NULL OR established_on <= $2)`,
      [region, to],
    );
    const ids = new Set(councils.map((c) => c.id));
    const seats: Array<{ council_id: string; sector: string; start_date: string | null; end_date: string | null }> = await db.query(
      `SELECT council_id, sector, start_date::text, end_date::text FROM council_member`,
    );
    const held = seats.filter((s) => ids.has(s.council_id) && (!s.start_date || s.start_date <= to) && (!s.end_date || s.end_date >= from));
    const implementations: Array<{
      id: string;
      council_id: string;
      recommendation_id: string;
      status: string;
      progress: number;
      created: string;
      archived_at: Date | null;
    }> = await db.query(
      `SELECT id, council_id, recommendation_id, status, progress, created_at::date::text AS created, archived_at FROM implementation`,
    );
    const updates: Array<{ implementation_id: string; reported_on: string; status: string; progress: number; created_at: Date }> =
      await db.query(`SELECT implementation_id, reported_on::text, status, progress, created_at FROM implementation_update`);
    const atEnd = implementations
      .filter((i) => ids.has(i.council_id) && !i.archived_at)
      .map((i) => {
        const latest = updates
          .filter((u) => u.implementation_id === i.id && u.reported_on <= to)
          .sort((a, b) => b.reported_on.localeCompare(a.reported_on) || b.created_at.getTime() - a.created_at.getTime())[0];
        return {
          committed: i.created <= to || latest !== undefined,
          recommendation: i.recommendation_id,
          status: latest?.status ?? i.status,
          progress: latest?.progress ?? i.progress,
        };
      })
      .filter((i) => i.committed);
    const tally = (keys: string[]) => keys.reduce<Record<string, number>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {});
    return {
      byStatus: tally(councils.map((c) => c.status)),
      seats: held.length,
      bySector: tally(held.map((s) => s.sector)),
      implementations: tally(atEnd.map((i) => i.status)),
      average: atEnd.length ? Math.round((atEnd.reduce((sum, i) => sum + i.progress, 0) / atEnd.length) * 10) / 10 : null,
      implemented: new Set(atEnd.filter((i) => i.status === 'IMPLEMENTED').map((i) => i.recommendation)).size,
    };
  }

  it.each([[{ year: 2026 }], [{ year: 2026, quarter: 2 }], [{ from: '2026-06-01', to: '2026-08-31' }]])(
    'counts councils, seats and implementations for %j',
    async (period) => {
      const range = 'from' in period;
      const { body } = await postGraphql<{ regionReports: CouncilPart[] }>(
        stack.gateway.url,
        range ? COUNCIL_RECORDS : COUNCIL_PART,
        { period },
        await bearer(Role.BRIDGE),
      );
      expect(body.errors).toBeUndefined();
      for (const report of body.data!.regionReports) {
        const expected = await expectedCouncilFigures(report.region, report.from, report.to);
        expect(Object.fromEntries(report.councilsByStatus.map((row) => [row.key, row.count]))).toEqual(expected.byStatus);
        expect(Object.fromEntries(report.implementationsByStatus.map((row) => [row.key, row.count]))).toEqual(expected.implementations);
        expect(report.averageProgress).toBe(expected.average);
        expect(report.recommendationsImplemented).toBe(expected.implemented);
        if (range) continue;
        const seats = await seatCells(stack, report.from, report.to);
        expect(trueCell(seats, report.region, 'total').count).toBe(expected.seats);
        expect(report.councilMembers).toEqual(expectedFigure(trueCell(seats, report.region, 'total')));
        expect(report.councilMembersBySector).toEqual(expectedBreakdown(seats, report.region, 'sector', SECTORS));
      }
    },
  );

  it('reads status and progress as they stood at the end of the period, with exact demo figures', async () => {
    const at = async (period: Record<string, unknown>) =>
      (await postGraphql<{ regionReports: CouncilPart[] }>(stack.gateway.url, COUNCIL_PART, { period }, await bearer(Role.BRIDGE))).body
        .data!.regionReports[0];
    // Federal Iraq by the end of July: Baghdad civil peace 30 (1 July), Baghdad women's seats 25 (15 July), Nineveh 10 (15 June).
    const july = await at({ year: 2026, month: 7 });
    expect(july.region).toBe(Region.FEDERAL_IRAQ);
    expect(july.averageProgress).toBe(21.7);
    expect(july.implementationsByStatus).toEqual([
      { key: 'IN_PROGRESS', count: 2 },
      { key: 'PLANNED', count: 1 },
    ]);
    // By the end of September Baghdad's civil-peace work reached 40: (40 + 25 + 10) / 3.
    const september = await at({ year: 2026, month: 9 });
    expect(september.averageProgress).toBe(25);
    const year = await at({ year: 2026 });
    // Council seats of one sector are few: no shown sector cell is below the threshold.
    for (const cell of year.councilMembersBySector) if (!cell.suppressed) expect(cell.value!).toBeGreaterThanOrEqual(5);
  });
});

describe('regionReportSeries', () => {
  const SERIES = `query($from: Date!, $to: Date!, $granularity: ReportGranularity!) { regionReportSeries(from: $from, to: $to, granularity: $granularity) {
    region period from to activeMembers { value suppressed } participants { value suppressed } forumSeasons averageProgress } }`;
  const SINGLE = `query($period: ReportPeriodInput!) { regionReports(period: $period) { region period activeMembers { value suppressed } participants { value suppressed } forumSeasons averageProgress } }`;
  type Point = {
    region: Region;
    period: string;
    from: string;
    to: string;
    activeMembers: Count;
    participants: Count;
    forumSeasons: number;
    averageProgress: number | null;
  };

  it('gives each quarter of a span, every region, with the same figures as one report per quarter', async () => {
    const headers = await bearer(Role.BRIDGE);
    const { body } = await postGraphql<{ regionReportSeries: Point[] }>(
      stack.gateway.url,
      SERIES,
      { from: '2025-11-15', to: '2026-08-01', granularity: 'QUARTER' },
      headers,
    );
    expect(body.errors).toBeUndefined();
    const series = body.data!.regionReportSeries;
    expect([...new Set(series.map((point) => point.period))]).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(series).toHaveLength(12);
    for (const [year, quarter] of [
      [2026, 2],
      [2026, 3],
    ]) {
      const single = await postGraphql<{ regionReports: Array<Omit<Point, 'from' | 'to'>> }>(
        stack.gateway.url,
        SINGLE,
        { period: { year, quarter } },
        headers,
      );
      const fromSeries = series.filter((point) => point.period === `${year}-Q${quarter}`).map(({ from: _from, to: _to, ...rest }) => rest);
      expect(fromSeries).toEqual(single.body.data!.regionReports);
    }
  });

  it('gives months, with the same protected figures as one report per month', async () => {
    const headers = await bearer(Role.BRIDGE);
    const { body } = await postGraphql<{ regionReportSeries: Point[] }>(
      stack.gateway.url,
      SERIES,
      { from: '2025-12-20', to: '2026-03-01', granularity: 'MONTH' },
      headers,
    );
    expect(body.errors).toBeUndefined();
    const series = body.data!.regionReportSeries;
    expect([...new Set(series.map((point) => point.period))]).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
    expect(series.find((point) => point.period === '2026-02')).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    const single = await postGraphql<{ regionReports: Array<Omit<Point, 'from' | 'to'>> }>(
      stack.gateway.url,
      SINGLE,
      { period: { year: 2026, month: 3 } },
      headers,
    );
    expect(series.filter((point) => point.period === '2026-03').map(({ from: _from, to: _to, ...rest }) => rest)).toEqual(
      single.body.data!.regionReports,
    );
  });

  it('gives years, and refuses a series that is reversed or too long', async () => {
    const headers = await bearer(Role.ADMIN);
    const years = await postGraphql<{ regionReportSeries: Point[] }>(
      stack.gateway.url,
      SERIES,
      { from: '2013-01-01', to: '2026-12-31', granularity: 'YEAR' },
      headers,
    );
    const federalSeasons = years.body
      .data!.regionReportSeries.filter((point) => point.region === Region.FEDERAL_IRAQ && point.forumSeasons > 0)
      .map((point) => point.period);
    expect(federalSeasons).toEqual(['2023', '2024', '2025', '2026']);
    for (const variables of [
      { from: '2026-01-01', to: '2025-01-01', granularity: 'YEAR' },
      { from: '1990-01-01', to: '2026-12-31', granularity: 'QUARTER' },
      { from: '2020-01-01', to: '2026-12-31', granularity: 'MONTH' },
    ]) {
      const refused = await postGraphql(stack.gateway.url, SERIES, variables, headers);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const member = await postGraphql(
      stack.gateway.url,
      SERIES,
      { from: '2026-01-01', to: '2026-12-31', granularity: 'YEAR' },
      await bearer(Role.MEMBER),
    );
    expect(member.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('governorateReports', () => {
  const GOVERNORATES = `query($period: ReportPeriodInput!, $region: Region!) { governorateReports(period: $period, region: $region) {
    governorateCode region period from to governorate { name region }
    organisationsByKind { key count } activeMembers { key value suppressed lowerThan }
    campaignsByStatus { key count } actionsByType { key count } participants { key value suppressed lowerThan }
    forumSeasons forumSessions councilsByStatus { key count } implementationsByStatus { key count } } }`;
  type GovernoratePart = {
    governorateCode: string;
    region: string;
    period: string;
    governorate: { name: string; region: string } | null;
    organisationsByKind: Array<{ key: string; count: number }>;
    activeMembers: Count;
    campaignsByStatus: Array<{ key: string; count: number }>;
    actionsByType: Array<{ key: string; count: number }>;
    participants: Count;
    forumSeasons: number;
    forumSessions: number;
    councilsByStatus: Array<{ key: string; count: number }>;
    implementationsByStatus: Array<{ key: string; count: number }>;
  };
  const asMap = (rows: Array<{ key: string; count: number }>) => Object.fromEntries(rows.map((row) => [row.key, row.count]));
  const tally = (keys: string[]) => keys.reduce<Record<string, number>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {});

  it('gives every governorate of a region and the region’s records located in none, with figures counted where the records are located', async () => {
    const { body } = await postGraphql<{ governorateReports: GovernoratePart[] }>(
      stack.gateway.url,
      GOVERNORATES,
      { period: { year: 2026 }, region: 'FEDERAL_IRAQ' },
      await bearer(Role.BRIDGE),
    );
    expect(body.errors).toBeUndefined();
    const reports = body.data!.governorateReports;
    expect(reports).toHaveLength(16);
    expect(
      reports
        .slice(0, 15)
        .every((report) => report.governorate!.region === 'FEDERAL_IRAQ' && report.region === 'FEDERAL_IRAQ' && report.period === '2026'),
    ).toBe(true);
    expect(reports[15]).toMatchObject({ governorateCode: 'NONE-FEDERAL_IRAQ', region: 'FEDERAL_IRAQ', governorate: null });
    const kurdistan = await postGraphql<{ governorateReports: GovernoratePart[] }>(
      stack.gateway.url,
      GOVERNORATES,
      { period: { year: 2026 }, region: 'KURDISTAN_REGION' },
      await bearer(Role.BRIDGE),
    );
    expect(kurdistan.body.data!.governorateReports.map((report) => report.governorateCode)).toEqual([
      'IQ-AR',
      'IQ-DA',
      'IQ-HA',
      'IQ-SU',
      'NONE-KURDISTAN_REGION',
    ]);

    const region = 'FEDERAL_IRAQ';
    const organisationRows: Array<{ kind: string; headquarters_code: string | null }> = await organisations().query(
      `SELECT kind, headquarters_code FROM organisation WHERE status <> 'ARCHIVED' AND home_region = $1 AND (founded_year IS NULL OR founded_year <= 2026)`,
      [region],
    );
    const campaignRows: Array<CampaignStatusRow & { regions: string[]; governorate_codes: string[]; archived_at: Date | null }> =
      await stack.subgraphs.campaigns.dataSource.query(
        `SELECT status, status_follows_calendar, regions, governorate_codes, start_date::text, end_date::text, archived_at FROM campaign`,
      );
    const actionRows: Array<{ type: string; regions: string[]; governorate_code: string | null; occurred_on: string }> =
      await stack.subgraphs.campaigns.dataSource.query(
        `SELECT a.type, c.regions, a.governorate_code, a.occurred_on::text FROM campaign_action a JOIN campaign c ON c.id = a.campaign_id WHERE c.status <> 'DRAFT' AND c.archived_at IS NULL AND a.archived_at IS NULL`,
      );
    const councilRows: Array<{ status: string; region: string; governorate_code: string }> = await stack.subgraphs[
      'cohesion-councils'
    ].dataSource.query(`SELECT status, region, governorate_code FROM cohesion_council WHERE archived_at IS NULL`);
    const campaignAreas = (row: (typeof campaignRows)[number]) => {
      const inRegion = row.governorate_codes.filter((code) => areaOf(code, region) === code);
      return inRegion.length ? inRegion : [`NONE-${region}`];
    };
    const members = await memberCells(stack, '2026-01-01', '2026-12-31');
    const participants = await participantCells(stack, '2026-01-01', '2026-12-31');
    for (const report of reports) {
      const code = report.governorateCode;
      expect(asMap(report.organisationsByKind)).toEqual(
        tally(organisationRows.filter((row) => areaOf(row.headquarters_code, region) === code).map((row) => row.kind)),
      );
      const running = campaignRows.filter(
        (row) =>
          row.status !== 'DRAFT' &&
          !row.archived_at &&
          row.regions.includes(region) &&
          campaignAreas(row).includes(code) &&
          (!row.start_date || row.start_date <= '2026-12-31') &&
          (!row.end_date || row.end_date >= '2026-01-01'),
      );
      expect(asMap(report.campaignsByStatus)).toEqual(tally(running.map((row) => campaignStatusAtEnd(row, '2026-12-31'))));
      expect(asMap(report.actionsByType)).toEqual(
        tally(
          actionRows
            .filter(
              (row) => row.regions.includes(region) && areaOf(row.governorate_code, region) === code && row.occurred_on.startsWith('2026'),
            )
            .map((row) => row.type),
        ),
      );
      expect(asMap(report.councilsByStatus)).toEqual(
        tally(
          councilRows.filter((row) => row.region === region && areaOf(row.governorate_code, row.region) === code).map((row) => row.status),
        ),
      );
      expect(report.activeMembers).toEqual(expectedFigure(trueCell(members, code, 'total')));
      expect(report.participants).toEqual(expectedFigure(trueCell(participants, code, 'participants_total')));
    }
    // Every member and participant of the region counts in exactly one of its areas.
    const sum = (cells: typeof members, cell: string) =>
      reports.reduce((total, report) => total + trueCell(cells, report.governorateCode, cell).count, 0);
    expect(sum(members, 'total')).toBe(trueCell(members, region, 'total').count);
    expect(sum(participants, 'participants_total')).toBe(trueCell(participants, region, 'participants_total').count);
    // Baghdad in 2026: the fourth Iraqi Social Forum (December, three programme items before any archiving) and the Baghdad council.
    const baghdad = reports.find((report) => report.governorateCode === 'IQ-BG')!;
    expect(baghdad.governorate!.name).toBe('Baghdad');
    expect(baghdad.forumSeasons).toBe(1);
    expect(baghdad.councilsByStatus).toEqual([{ key: 'ACTIVE', count: 1 }]);
    expect(baghdad.organisationsByKind.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(0);
    expect(reports.find((report) => report.governorateCode === 'IQ-MU')!.councilsByStatus).toEqual([]);
  });

  it('counts in one SQL statement per subgraph fetch (and the nonce claim every request costs), however many governorates', async () => {
    const parts = ['organisations', 'campaigns', 'forum-seasons', 'cohesion-councils'] as const;
    const counts = () => parts.map((name) => stack.subgraphs[name].sqlCounter.count);
    const before = counts();
    const { body } = await postGraphql(
      stack.gateway.url,
      GOVERNORATES,
      { period: { year: 2026, quarter: 4 }, region: 'FEDERAL_IRAQ' },
      await bearer(Role.BRIDGE),
    );
    expect(body.errors).toBeUndefined();
    // organisations: the figures and the governorates' names (the list of a region's governorates is reference data); one each elsewhere.
    // plus, in each subgraph, the claim of the signed context's nonce (single use)
    expect(counts().map((count, index) => count - before[index])).toEqual([2 + 1, 1 + 1, 1 + 1, 1 + 1]);
  });
});
