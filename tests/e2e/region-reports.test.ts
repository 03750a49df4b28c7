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

  it('lists international only where it has data', async () => {
    const seen: boolean[] = [];
    for (const [period, from, to] of [[{ year: 2026 }, '2026-01-01', '2026-12-31'], [{ from: '1920-01-01', to: '1950-12-31' }, '1920-01-01', '1950-12-31']] as const) {
      const expected = await expectedFigures(Region.INTERNATIONAL, from, to);
      const hasData = Object.keys(expected.organisationsByKind).length + Object.keys(expected.workingGroupsByTheme).length + expected.members > 0;
      const { reports: found } = await reports(period);
      expect(found!.map((report) => report.region)).toEqual(hasData ? ['FEDERAL_IRAQ', 'KURDISTAN_REGION', 'INTERNATIONAL'] : ['FEDERAL_IRAQ', 'KURDISTAN_REGION']);
      seen.push(hasData);
    }
    expect(seen).toEqual([true, false]);
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

  it('takes a forum season as the period: its first to its last day, looked up in the forum-seasons subgraph', async () => {
    const seasons = await stack.subgraphs['forum-seasons'].dataSource.query(
      `SELECT s.id FROM forum_season s JOIN forum f ON f.id = s.forum_id WHERE f.slug = 'iraqi-social-forum' AND s.number = 3`,
    );
    const season = await reports({ forumSeasonId: seasons[0].id });
    expect(season.errors).toBeUndefined();
    expect(season.reports![0]).toMatchObject({ period: '2019-10-10..2019-10-12', from: '2019-10-10', to: '2019-10-12' });
    for (const bad of [{ forumSeasonId: '00000000-0000-4000-8000-000000000000' }, { forumSeasonId: 'nope' }, { forumSeasonId: seasons[0].id, year: 2019 }]) {
      const refused = await reports(bad);
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

  it('counts in one SQL statement per subgraph fetch, for the whole report', async () => {
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
    expect(after.map((count, index) => count - before[index])).toEqual([1, 1, 1, 1]);
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
  participants { value suppressed } participantsWomen { value suppressed } participantsYouth { value suppressed } } }`;

/** Campaign figures counted row by row in JavaScript. */
async function expectedCampaignFigures(region: Region, from: string, to: string) {
  const db = stack.subgraphs.campaigns.dataSource;
  const campaigns: Array<CampaignStatusRow & { id: string; themes: string[]; regions: string[]; archived_at: Date | null }> =
    await db.query(`SELECT id, status, status_follows_calendar, themes, regions, start_date::text, end_date::text, archived_at FROM campaign`);
  const counted = campaigns.filter((c) => c.status !== 'DRAFT' && !c.archived_at && c.regions.includes(region));
  const running = counted.filter((c) => (!c.start_date || c.start_date <= to) && (!c.end_date || c.end_date >= from));
  const ids = new Set(counted.map((c) => c.id));
  const actions: Array<{ campaign_id: string; type: string; occurred_on: string; archived_at: Date | null; participants_total: number | null; participants_women: number | null; participants_youth: number | null }> =
    await db.query(`SELECT campaign_id, type, occurred_on::text, archived_at, participants_total, participants_women, participants_youth FROM campaign_action`);
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
    const { body } = await postGraphql<{ regionReports: CampaignPart[] }>(stack.gateway.url, CAMPAIGN_PART, { period: { year: 2026 } }, await bearer(Role.BRIDGE));
    expect(body.errors).toBeUndefined();
    let actionsSeen = 0;
    for (const report of body.data!.regionReports) {
      const expected = await expectedCampaignFigures(report.region, report.from, report.to);
      expect(Object.fromEntries(report.campaignsByTheme.map((row) => [row.theme, row.count]))).toEqual(expected.byTheme);
      expect(Object.fromEntries(report.campaignsByStatus.map((row) => [row.key, row.count]))).toEqual(expected.byStatus);
      expect(Object.fromEntries(report.actionsByType.map((row) => [row.key, row.count]))).toEqual(expected.actionsByType);
      expect(report.participants).toEqual(expected.participants > 0 && expected.participants < 5 ? { value: null, suppressed: true } : { value: expected.participants, suppressed: false });
      const smallPart = (part: number) => (part > 0 && part < 5) || (expected.participants - part > 0 && expected.participants - part < 5);
      expect(report.participantsWomen).toEqual(smallPart(expected.women) ? { value: null, suppressed: true } : { value: expected.women, suppressed: false });
      expect(report.participantsYouth).toEqual(smallPart(expected.youth) ? { value: null, suppressed: true } : { value: expected.youth, suppressed: false });
      actionsSeen += Object.values(expected.actionsByType).reduce((a, b) => a + b, 0);
    }
    // The demo data has actions in 2026 in both regions, so the comparison above is not vacuous.
    expect(actionsSeen).toBeGreaterThan(3);
    const federal = body.data!.regionReports.find((report) => report.region === Region.FEDERAL_IRAQ)!;
    expect(federal.participants.value).toBeGreaterThan(100);
  });

  it('hides women or youth when the rest of the total would be a small count', async () => {
    // A single action in a fresh range: 30 people, 27 of them women: the 3 others would show by subtraction.
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const campaigns = await postGraphql<{ campaignBySlug: { id: string } }>(stack.gateway.url, `{ campaignBySlug(slug: "speak-freely-kurdistan") { id } }`, {}, editor);
    const ADD = `mutation($input: AddCampaignActionInput!) { addCampaignAction(input: $input) { userErrors { code } } }`;
    const added = await postGraphql<{ addCampaignAction: { userErrors: unknown[] } }>(stack.gateway.url, ADD, {
      input: { campaignId: campaigns.body.data!.campaignBySlug.id, type: 'WORKSHOP', occurredOn: '2026-11-02', governorateCode: 'IQ-SU', participantsTotal: 30, participantsWomen: 27, participantsYouth: 12 },
    }, editor);
    expect(added.body.data!.addCampaignAction.userErrors).toEqual([]);
    const { body } = await postGraphql<{ regionReports: CampaignPart[] }>(stack.gateway.url, CAMPAIGN_PART, { period: { from: '2026-11-02', to: '2026-11-02' } }, await bearer(Role.BRIDGE));
    const kurdistan = body.data!.regionReports.find((report) => report.region === Region.KURDISTAN_REGION)!;
    expect(kurdistan.participants).toEqual({ value: 30, suppressed: false });
    expect(kurdistan.participantsWomen).toEqual({ value: null, suppressed: true });
    expect(kurdistan.participantsYouth).toEqual({ value: 12, suppressed: false });
  });
});

describe('regionReports: the forum-seasons subgraph’s part', () => {
  const FORUM_PART = `query($period: ReportPeriodInput!) { regionReports(period: $period) { region from to
    forumSeasons forumSessions forumParticipatingOrganisations recommendationsAdoptedByTheme { theme dacCode count } } }`;
  type ForumPart = { region: Region; from: string; to: string; forumSeasons: number; forumSessions: number; forumParticipatingOrganisations: number; recommendationsAdoptedByTheme: Array<{ theme: string; dacCode: number; count: number }> };

  async function expectedForumFigures(region: Region, from: string, to: string) {
    const db = stack.subgraphs['forum-seasons'].dataSource;
    const seasons: Array<{ id: string; start: string }> = await db.query(
      `SELECT s.id, coalesce(s.start_date, make_date(s.year, 1, 1))::text AS start FROM forum_season s JOIN forum f ON f.id = s.forum_id WHERE f.region = $1 AND s.archived_at IS NULL`,
      [region],
    );
    const held = new Set(seasons.filter((s) => s.start >= from && s.start <= to).map((s) => s.id));
    const sessions: Array<{ season_id: string }> = await db.query(`SELECT season_id FROM forum_session WHERE archived_at IS NULL`);
    const participants: Array<{ season_id: string; organisation_id: string }> = await db.query(`SELECT season_id, organisation_id FROM forum_season_participant`);
    const recommendations: Array<{ themes: string[]; adopted_on: string | null; status: string; region: string }> = await db.query(
      `SELECT r.themes, r.adopted_on::text, r.status, f.region FROM recommendation r JOIN forum_season s ON s.id = r.season_id JOIN forum f ON f.id = s.forum_id`,
    );
    const adopted = recommendations.filter((r) => r.region === region && r.status !== 'WITHDRAWN' && r.adopted_on && r.adopted_on >= from && r.adopted_on <= to);
    return {
      seasons: held.size,
      sessions: sessions.filter((s) => held.has(s.season_id)).length,
      organisations: new Set(participants.filter((p) => held.has(p.season_id)).map((p) => p.organisation_id)).size,
      byTheme: adopted.flatMap((r) => r.themes).reduce<Record<string, number>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {}),
    };
  }

  it.each([[{ year: 2019 }], [{ year: 2026 }], [{ from: '2013-01-01', to: '2026-12-31' }]])('counts seasons, sessions, participants and adopted recommendations for %j', async (period) => {
    const { body } = await postGraphql<{ regionReports: ForumPart[] }>(stack.gateway.url, FORUM_PART, { period }, await bearer(Role.BRIDGE));
    expect(body.errors).toBeUndefined();
    for (const report of body.data!.regionReports) {
      const expected = await expectedForumFigures(report.region, report.from, report.to);
      expect([report.forumSeasons, report.forumSessions, report.forumParticipatingOrganisations]).toEqual([expected.seasons, expected.sessions, expected.organisations]);
      expect(Object.fromEntries(report.recommendationsAdoptedByTheme.map((row) => [row.theme, row.count]))).toEqual(expected.byTheme);
    }
  });

  it('knows the demo forums: Iraqi Social Forum 2019 (season 3) adopted its recommendations in federal Iraq', async () => {
    const { body } = await postGraphql<{ regionReports: ForumPart[] }>(stack.gateway.url, FORUM_PARTS_2019, {}, await bearer(Role.BRIDGE));
    const [federal, kurdistan] = body.data!.regionReports;
    expect(federal.forumSeasons).toBe(1);
    expect(federal.forumSessions).toBe(3);
    expect(federal.forumParticipatingOrganisations).toBe(3);
    expect(federal.recommendationsAdoptedByTheme.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(0);
    expect(kurdistan.forumSeasons).toBe(0);
  });
});

const FORUM_PARTS_2019 = `{ regionReports(period: { year: 2019 }) { region forumSeasons forumSessions forumParticipatingOrganisations recommendationsAdoptedByTheme { theme count } } }`;

describe('regionReports: the cohesion-councils subgraph’s part', () => {
  const COUNCIL_PART = `query($period: ReportPeriodInput!) { regionReports(period: $period) { region from to
    councilsByStatus { key count } councilMembers { value suppressed } councilMembersBySector { key value suppressed }
    implementationsByStatus { key count } averageProgress recommendationsImplemented } }`;
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
    const implementations: Array<{ id: string; council_id: string; recommendation_id: string; status: string; progress: number; created: string; archived_at: Date | null }> = await db.query(
      `SELECT id, council_id, recommendation_id, status, progress, created_at::date::text AS created, archived_at FROM implementation`,
    );
    const updates: Array<{ implementation_id: string; reported_on: string; status: string; progress: number; created_at: Date }> = await db.query(
      `SELECT implementation_id, reported_on::text, status, progress, created_at FROM implementation_update`,
    );
    const atEnd = implementations
      .filter((i) => ids.has(i.council_id) && !i.archived_at)
      .map((i) => {
        const latest = updates
          .filter((u) => u.implementation_id === i.id && u.reported_on <= to)
          .sort((a, b) => b.reported_on.localeCompare(a.reported_on) || b.created_at.getTime() - a.created_at.getTime())[0];
        return { committed: i.created <= to || latest !== undefined, recommendation: i.recommendation_id, status: latest?.status ?? i.status, progress: latest?.progress ?? i.progress };
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

  it.each([[{ year: 2026 }], [{ year: 2026, quarter: 2 }], [{ from: '2026-06-01', to: '2026-08-31' }]])('counts councils, seats and implementations for %j', async (period) => {
    const { body } = await postGraphql<{ regionReports: CouncilPart[] }>(stack.gateway.url, COUNCIL_PART, { period }, await bearer(Role.BRIDGE));
    expect(body.errors).toBeUndefined();
    for (const report of body.data!.regionReports) {
      const expected = await expectedCouncilFigures(report.region, report.from, report.to);
      expect(Object.fromEntries(report.councilsByStatus.map((row) => [row.key, row.count]))).toEqual(expected.byStatus);
      expect(Object.fromEntries(report.implementationsByStatus.map((row) => [row.key, row.count]))).toEqual(expected.implementations);
      expect(report.averageProgress).toBe(expected.average);
      expect(report.recommendationsImplemented).toBe(expected.implemented);
      expect(report.councilMembers).toEqual(expected.seats > 0 && expected.seats < 5 ? { value: null, suppressed: true } : { value: expected.seats, suppressed: false });
      for (const cell of report.councilMembersBySector) {
        if (cell.suppressed) expect(cell.value).toBeNull();
        else expect(cell.value).toBe(expected.bySector[cell.key!] ?? 0);
      }
      const hidden = report.councilMembersBySector.filter((cell) => cell.suppressed).length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });

  it('reads status and progress as they stood at the end of the period, with exact demo figures', async () => {
    const at = async (period: Record<string, unknown>) =>
      (await postGraphql<{ regionReports: CouncilPart[] }>(stack.gateway.url, COUNCIL_PART, { period }, await bearer(Role.BRIDGE))).body.data!.regionReports[0];
    // Federal Iraq by the end of July: Baghdad civil peace 30 (1 July), Baghdad women's seats 25 (15 July), Nineveh 10 (15 June).
    const july = await at({ from: '2026-07-01', to: '2026-07-31' });
    expect(july.region).toBe(Region.FEDERAL_IRAQ);
    expect(july.averageProgress).toBe(21.7);
    expect(july.implementationsByStatus).toEqual([{ key: 'IN_PROGRESS', count: 2 }, { key: 'PLANNED', count: 1 }]);
    // By the end of September Baghdad's civil-peace work reached 40: (40 + 25 + 10) / 3.
    const september = await at({ from: '2026-09-01', to: '2026-09-30' });
    expect(september.averageProgress).toBe(25);
    const year = await at({ year: 2026 });
    // Council seats of one sector are few: every small sector cell is hidden.
    for (const cell of year.councilMembersBySector) if (!cell.suppressed) expect(cell.value === 0 || cell.value! >= 5).toBe(true);
  });
});

describe('regionReportSeries', () => {
  const SERIES = `query($from: Date!, $to: Date!, $granularity: ReportGranularity!) { regionReportSeries(from: $from, to: $to, granularity: $granularity) {
    region period from to activeMembers { value suppressed } participants { value suppressed } forumSeasons averageProgress } }`;
  const SINGLE = `query($period: ReportPeriodInput!) { regionReports(period: $period) { region period activeMembers { value suppressed } participants { value suppressed } forumSeasons averageProgress } }`;
  type Point = { region: Region; period: string; from: string; to: string; activeMembers: Count; participants: Count; forumSeasons: number; averageProgress: number | null };

  it('gives each quarter of a span, every region, with the same figures as one report per quarter', async () => {
    const headers = await bearer(Role.BRIDGE);
    const { body } = await postGraphql<{ regionReportSeries: Point[] }>(stack.gateway.url, SERIES, { from: '2025-11-15', to: '2026-08-01', granularity: 'QUARTER' }, headers);
    expect(body.errors).toBeUndefined();
    const series = body.data!.regionReportSeries;
    expect([...new Set(series.map((point) => point.period))]).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(series).toHaveLength(12);
    for (const [year, quarter] of [[2026, 2], [2026, 3]]) {
      const single = await postGraphql<{ regionReports: Array<Omit<Point, 'from' | 'to'>> }>(stack.gateway.url, SINGLE, { period: { year, quarter } }, headers);
      const fromSeries = series.filter((point) => point.period === `${year}-Q${quarter}`).map(({ from: _from, to: _to, ...rest }) => rest);
      expect(fromSeries).toEqual(single.body.data!.regionReports);
    }
  });

  it('gives years, and refuses a series that is reversed or too long', async () => {
    const headers = await bearer(Role.ADMIN);
    const years = await postGraphql<{ regionReportSeries: Point[] }>(stack.gateway.url, SERIES, { from: '2013-01-01', to: '2026-12-31', granularity: 'YEAR' }, headers);
    const federalSeasons = years.body.data!.regionReportSeries.filter((point) => point.region === Region.FEDERAL_IRAQ && point.forumSeasons > 0).map((point) => point.period);
    expect(federalSeasons).toEqual(['2013', '2015', '2019', '2026']);
    for (const variables of [{ from: '2026-01-01', to: '2025-01-01', granularity: 'YEAR' }, { from: '1990-01-01', to: '2026-12-31', granularity: 'QUARTER' }]) {
      const refused = await postGraphql(stack.gateway.url, SERIES, variables, headers);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const member = await postGraphql(stack.gateway.url, SERIES, { from: '2026-01-01', to: '2026-12-31', granularity: 'YEAR' }, await bearer(Role.MEMBER));
    expect(member.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('governorateReports', () => {
  const GOVERNORATES = `query($period: ReportPeriodInput!, $region: Region!) { governorateReports(period: $period, region: $region) {
    governorateCode period from to governorate { name region }
    organisationsByKind { key count } activeMembers { value suppressed }
    campaignsByStatus { key count } actionsByType { key count } participants { value suppressed }
    forumSeasons forumSessions councilsByStatus { key count } implementationsByStatus { key count } } }`;
  type GovernoratePart = {
    governorateCode: string;
    period: string;
    governorate: { name: string; region: string };
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

  it('gives every governorate of a region, with figures counted where the records are located', async () => {
    const { body } = await postGraphql<{ governorateReports: GovernoratePart[] }>(stack.gateway.url, GOVERNORATES, { period: { year: 2026 }, region: 'FEDERAL_IRAQ' }, await bearer(Role.BRIDGE));
    expect(body.errors).toBeUndefined();
    const reports = body.data!.governorateReports;
    expect(reports).toHaveLength(15);
    expect(reports.every((report) => report.governorate.region === 'FEDERAL_IRAQ' && report.period === '2026')).toBe(true);
    const kurdistan = await postGraphql<{ governorateReports: GovernoratePart[] }>(stack.gateway.url, GOVERNORATES, { period: { year: 2026 }, region: 'KURDISTAN_REGION' }, await bearer(Role.BRIDGE));
    expect(kurdistan.body.data!.governorateReports.map((report) => report.governorateCode)).toEqual(['IQ-AR', 'IQ-DA', 'IQ-HA', 'IQ-SU']);

    const organisationRows: Array<{ kind: string; headquarters_code: string | null }> = await organisations().query(`SELECT kind, headquarters_code FROM organisation WHERE status <> 'ARCHIVED'`);
    const campaignRows: Array<CampaignStatusRow & { governorate_codes: string[]; archived_at: Date | null }> = await stack.subgraphs.campaigns.dataSource.query(
      `SELECT status, status_follows_calendar, governorate_codes, start_date::text, end_date::text, archived_at FROM campaign`,
    );
    const actionRows: Array<{ type: string; governorate_code: string | null; occurred_on: string }> = await stack.subgraphs.campaigns.dataSource.query(
      `SELECT a.type, a.governorate_code, a.occurred_on::text FROM campaign_action a JOIN campaign c ON c.id = a.campaign_id WHERE c.status <> 'DRAFT' AND c.archived_at IS NULL AND a.archived_at IS NULL`,
    );
    const councilRows: Array<{ status: string; governorate_code: string }> = await stack.subgraphs['cohesion-councils'].dataSource.query(
      `SELECT status, governorate_code FROM cohesion_council WHERE archived_at IS NULL`,
    );
    for (const report of reports) {
      const code = report.governorateCode;
      expect(asMap(report.organisationsByKind)).toEqual(tally(organisationRows.filter((row) => row.headquarters_code === code).map((row) => row.kind)));
      const running = campaignRows.filter(
        (row) => row.status !== 'DRAFT' && !row.archived_at && row.governorate_codes.includes(code) && (!row.start_date || row.start_date <= '2026-12-31') && (!row.end_date || row.end_date >= '2026-01-01'),
      );
      expect(asMap(report.campaignsByStatus)).toEqual(tally(running.map((row) => campaignStatusAtEnd(row, '2026-12-31'))));
      expect(asMap(report.actionsByType)).toEqual(tally(actionRows.filter((row) => row.governorate_code === code && row.occurred_on.startsWith('2026')).map((row) => row.type)));
      expect(asMap(report.councilsByStatus)).toEqual(tally(councilRows.filter((row) => row.governorate_code === code).map((row) => row.status)));
    }
    // Baghdad in 2026: the fourth Iraqi Social Forum (December, three programme items before any archiving) and the Baghdad council.
    const baghdad = reports.find((report) => report.governorateCode === 'IQ-BG')!;
    expect(baghdad.governorate.name).toBe('Baghdad');
    expect(baghdad.forumSeasons).toBe(1);
    expect(baghdad.councilsByStatus).toEqual([{ key: 'ACTIVE', count: 1 }]);
    expect(baghdad.organisationsByKind.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(0);
    expect(reports.find((report) => report.governorateCode === 'IQ-MU')!.councilsByStatus).toEqual([]);
  });

  it('counts in one SQL statement per subgraph fetch, however many governorates', async () => {
    const parts = ['organisations', 'campaigns', 'forum-seasons', 'cohesion-councils'] as const;
    const counts = () => parts.map((name) => stack.subgraphs[name].sqlCounter.count);
    const before = counts();
    const { body } = await postGraphql(stack.gateway.url, GOVERNORATES, { period: { year: 2026, quarter: 4 }, region: 'FEDERAL_IRAQ' }, await bearer(Role.BRIDGE));
    expect(body.errors).toBeUndefined();
    // organisations: the governorate list, the figures and the governorates' names; one each elsewhere.
    expect(counts().map((count, index) => count - before[index])).toEqual([3, 1, 1, 1]);
  });
});
