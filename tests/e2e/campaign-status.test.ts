import { Region, Role } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

/**
 * Campaign statuses follow the calendar (README "Campaign statuses"): PLANNED, ACTIVE, COMPLETED by
 * the dates in Iraq's calendar, unless DRAFT, CANCELLED or set otherwise by an editor; reports read
 * them as they stood at the end of the period, from the status history.
 */

let stack: TestStack;
let editor: Record<string, string>;

beforeAll(async () => {
  // No demo data: every campaign in the reports below is one made here.
  stack = await startTestStack({ seed: false });
  editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
});

afterAll(async () => {
  await stack?.dispose();
});

const DAY = 24 * 60 * 60 * 1000;
const iraqDay = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baghdad' }).format(new Date(Date.now() + offsetDays * DAY));
const today = iraqDay(0);
const yesterday = iraqDay(-1);
const tomorrow = iraqDay(1);

type Campaign = { id: string; status: string; statusFollowsCalendar: boolean; version: number };
type Payload = { campaign: Campaign | null; userErrors: Array<{ code: string; field: string[]; message: string }> };

const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id status statusFollowsCalendar version } userErrors { code field message } } }`;
const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { id status statusFollowsCalendar version } userErrors { code field message } } }`;

async function mutate(query: string, input: Record<string, unknown>): Promise<Payload> {
  const { body } = await postGraphql<Record<string, Payload>>(stack.gateway.url, query, { input }, editor);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data!)[0];
}

let created = 0;
async function create(fields: Record<string, unknown>): Promise<Campaign> {
  created += 1;
  const payload = await mutate(CREATE, {
    slug: `status-test-${created}`,
    title: { en: `Status test ${created}` },
    themes: ['PEACEBUILDING'],
    regions: ['KURDISTAN_REGION'],
    ...fields,
  });
  expect(payload.userErrors).toEqual([]);
  return payload.campaign!;
}

async function update(campaign: Campaign, fields: Record<string, unknown>): Promise<Payload> {
  return mutate(UPDATE, { id: campaign.id, version: campaign.version, ...fields });
}

describe('campaign status by the calendar', () => {
  it('moves from PLANNED to ACTIVE to COMPLETED with the dates, with no status written', async () => {
    const campaign = await create({ status: 'PLANNED', startDate: tomorrow, endDate: iraqDay(30) });
    expect(campaign).toMatchObject({ status: 'PLANNED', statusFollowsCalendar: true });
    // Only the dates change: the status follows them.
    const started = (await update(campaign, { startDate: yesterday })).campaign!;
    expect(started).toMatchObject({ status: 'ACTIVE', statusFollowsCalendar: true });
    const ended = (await update(started, { startDate: iraqDay(-30), endDate: yesterday })).campaign!;
    expect(ended).toMatchObject({ status: 'COMPLETED', statusFollowsCalendar: true });
    // The last day itself is still ACTIVE (Iraq's calendar day).
    expect((await update(ended, { endDate: today })).campaign).toMatchObject({ status: 'ACTIVE' });
  });

  it('shows the calendar’s status for a stored status that went stale (the issue’s ACTIVE campaigns past their end)', async () => {
    const campaign = await create({ status: 'ACTIVE', startDate: iraqDay(-60), endDate: iraqDay(10) });
    expect(campaign).toMatchObject({ status: 'ACTIVE', statusFollowsCalendar: true });
    // Time passes: the end date is now behind us (moved directly, as the passing of days would).
    await stack.subgraphs.campaigns.dataSource.query(`UPDATE campaign SET end_date = $2 WHERE id = $1`, [campaign.id, iraqDay(-2)]);
    const { body } = await postGraphql<{ campaign: Campaign }>(
      stack.gateway.url,
      `query($id: ID!) { campaign(id: $id) { id status statusFollowsCalendar version } }`,
      { id: campaign.id },
    );
    expect(body.data!.campaign).toMatchObject({ status: 'COMPLETED', statusFollowsCalendar: true });
  });

  it('keeps an editor’s status set against the dates until the editor hands it back to the calendar', async () => {
    const campaign = await create({ status: 'ACTIVE', startDate: iraqDay(-30), endDate: yesterday });
    // The dates say COMPLETED; the editor says ACTIVE (e.g. the campaign was extended informally).
    expect(campaign).toMatchObject({ status: 'ACTIVE', statusFollowsCalendar: false });
    const moved = (await update(campaign, { endDate: iraqDay(-2) })).campaign!;
    expect(moved).toMatchObject({ status: 'ACTIVE', statusFollowsCalendar: false });
    const handedBack = (await update(moved, { followCalendar: true })).campaign!;
    expect(handedBack).toMatchObject({ status: 'COMPLETED', statusFollowsCalendar: true });
    const pinned = (await update(handedBack, { followCalendar: false })).campaign!;
    expect(pinned).toMatchObject({ status: 'COMPLETED', statusFollowsCalendar: false });
    const reopened = (await update(pinned, { endDate: iraqDay(20) })).campaign!;
    expect(reopened).toMatchObject({ status: 'COMPLETED', statusFollowsCalendar: false });
  });

  it('keeps DRAFT and CANCELLED whatever the dates, and publishes a draft by handing it to the calendar', async () => {
    const draft = await create({ startDate: yesterday, endDate: tomorrow });
    expect(draft).toMatchObject({ status: 'DRAFT', statusFollowsCalendar: false });
    const published = (await update(draft, { followCalendar: true })).campaign!;
    expect(published).toMatchObject({ status: 'ACTIVE', statusFollowsCalendar: true });
    const cancelled = (await update(published, { status: 'CANCELLED' })).campaign!;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', statusFollowsCalendar: false });
    expect((await update(cancelled, { startDate: iraqDay(-90), endDate: iraqDay(-60) })).campaign).toMatchObject({ status: 'CANCELLED' });
  });

  it('refuses a status together with followCalendar, changing nothing', async () => {
    const campaign = await create({ status: 'PLANNED', startDate: tomorrow });
    const refused = await update(campaign, { status: 'ACTIVE', followCalendar: true });
    expect(refused).toEqual({
      campaign: null,
      userErrors: [{ code: 'INVALID', field: ['input', 'followCalendar'], message: 'Give either a status or followCalendar, not both.' }],
    });
    const [row] = await stack.subgraphs.campaigns.dataSource.query(`SELECT status, version FROM campaign WHERE id = $1`, [campaign.id]);
    expect(row).toEqual({ status: 'PLANNED', version: campaign.version });
  });

  it('filters by one or several statuses as they are today', async () => {
    const slugsWith = async (filter: string) => {
      const { body } = await postGraphql<{ campaigns: { nodes: Array<{ status: string }> } }>(
        stack.gateway.url,
        `{ campaigns(first: 100, filter: { status: ${filter} }) { nodes { status } } }`,
      );
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!.campaigns.nodes.map((node) => node.status).sort();
    };
    const all = await slugsWith('[PLANNED, ACTIVE, COMPLETED, CANCELLED]');
    expect(new Set(all)).toEqual(new Set(['PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED']));
    expect(await slugsWith('COMPLETED')).toEqual(all.filter((status) => status === 'COMPLETED'));
    expect(await slugsWith('[ACTIVE, CANCELLED]')).toEqual(all.filter((status) => status === 'ACTIVE' || status === 'CANCELLED'));
    // Through a variable as a list too.
    const { body } = await postGraphql<{ campaigns: { totalCount: number } }>(
      stack.gateway.url,
      `query($s: [CampaignStatus!]) { campaigns(filter: { status: $s }) { totalCount } }`,
      { s: ['PLANNED'] },
    );
    expect(body.data!.campaigns.totalCount).toBe(all.filter((status) => status === 'PLANNED').length);
  });

  it('agrees with the SQL functions the lists and reports use, for every case of the rule', async () => {
    const db = stack.subgraphs.campaigns.dataSource;
    const days = ['2026-03-01', '2026-03-02', '2026-03-03'];
    const cases: Array<[string, boolean, string | null, string | null, string]> = [];
    for (const status of ['DRAFT', 'PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED']) {
      for (const follows of [true, false]) {
        for (const start of [null, ...days]) {
          for (const end of [null, ...days]) for (const day of days) cases.push([status, follows, start, end, day]);
        }
      }
    }
    const rows: Array<{ n: number; s: string }> = await db.query(
      `SELECT n::int, campaign_status_on(status, follows, start_date, end_date, day) AS s
       FROM unnest($1::text[], $2::boolean[], $3::date[], $4::date[], $5::date[]) WITH ORDINALITY AS c(status, follows, start_date, end_date, day, n) ORDER BY n`,
      [cases.map((c) => c[0]), cases.map((c) => c[1]), cases.map((c) => c[2]), cases.map((c) => c[3]), cases.map((c) => c[4])],
    );
    // The rule as the README states it, written out here independently.
    const expected = cases.map(([status, follows, start, end, day]) => {
      if (!follows || status === 'DRAFT' || status === 'CANCELLED') return status;
      if (!start || start > day) return 'PLANNED';
      return end && end < day ? 'COMPLETED' : 'ACTIVE';
    });
    expect(rows.map((row) => row.s)).toEqual(expected);
    expect(cases).toHaveLength(5 * 2 * 4 * 4 * 3);
  });
});

describe('campaign status history in reports', () => {
  const REPORT = `query($period: ReportPeriodInput!) { regionReports(period: $period) { region campaignsByStatus { key count } } }`;

  async function statusesIn(period: Record<string, unknown>): Promise<Record<string, number>> {
    const { body } = await postGraphql<{
      regionReports: Array<{ region: string; campaignsByStatus: Array<{ key: string; count: number }> }>;
    }>(stack.gateway.url, REPORT, { period }, await bearer(Role.BRIDGE));
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const kurdistan = body.data!.regionReports.find((report) => report.region === 'KURDISTAN_REGION')!;
    return Object.fromEntries(kurdistan.campaignsByStatus.map((row) => [row.key, row.count]));
  }

  it('records every status change as an interval, whatever writes it', async () => {
    const campaign = await create({ status: 'PLANNED', startDate: tomorrow });
    const cancelled = (await update(campaign, { status: 'CANCELLED' })).campaign!;
    await update(cancelled, { followCalendar: true });
    await update({ ...cancelled, version: cancelled.version + 1 }, { title: { en: 'A title change is no status change' } });
    const intervals: Array<{ status: string; follows_calendar: boolean; open_from: boolean; open_to: boolean }> =
      await stack.subgraphs.campaigns.dataSource.query(
        `SELECT status, follows_calendar, valid_from = '-infinity' AS open_from, valid_to IS NULL AS open_to FROM campaign_status_interval WHERE campaign_id = $1 ORDER BY valid_from`,
        [campaign.id],
      );
    expect(intervals).toEqual([
      { status: 'PLANNED', follows_calendar: true, open_from: true, open_to: false },
      { status: 'CANCELLED', follows_calendar: false, open_from: false, open_to: false },
      { status: 'PLANNED', follows_calendar: true, open_from: false, open_to: true },
    ]);
  });

  it('counts each campaign with its status as it stood at the end of each period', async () => {
    await stack.subgraphs.campaigns.dataSource.query(`DELETE FROM campaign`);
    // Ran through 2025 to the end of November. An editor cancelled it on 1 May and handed it back to the calendar on 1 August;
    // the history is written here as those edits would have left it.
    const campaign = await create({ status: 'ACTIVE', startDate: '2025-01-01', endDate: '2025-11-30' });
    await stack.subgraphs.campaigns.dataSource.query(`DELETE FROM campaign_status_interval WHERE campaign_id = $1`, [campaign.id]);
    await stack.subgraphs.campaigns.dataSource.query(
      `INSERT INTO campaign_status_interval (campaign_id, status, follows_calendar, valid_from, valid_to) VALUES
         ($1, 'ACTIVE', true, '-infinity', '2025-05-01T09:00:00+03'),
         ($1, 'CANCELLED', false, '2025-05-01T09:00:00+03', '2025-08-01T09:00:00+03'),
         ($1, 'ACTIVE', true, '2025-08-01T09:00:00+03', NULL)`,
      [campaign.id],
    );
    expect(await statusesIn({ year: 2025, quarter: 1 })).toEqual({ ACTIVE: 1 });
    expect(await statusesIn({ year: 2025, quarter: 2 })).toEqual({ CANCELLED: 1 });
    expect(await statusesIn({ year: 2025, quarter: 3 })).toEqual({ ACTIVE: 1 });
    // At the end of the year its last day has passed: the calendar says COMPLETED.
    expect(await statusesIn({ year: 2025 })).toEqual({ COMPLETED: 1 });
    // A period ending the day before the cancellation took effect in Iraq: still ACTIVE.
    expect(await statusesIn({ from: '2025-01-01', to: '2025-04-30' })).toEqual({ ACTIVE: 1 });
    expect(await statusesIn({ from: '2025-01-01', to: '2025-05-01' })).toEqual({ CANCELLED: 1 });
  });

  it('reads a period that is not over yet as of today, and a cancellation made now only from now on', async () => {
    await stack.subgraphs.campaigns.dataSource.query(`DELETE FROM campaign`);
    const campaign = await create({ status: 'ACTIVE', startDate: iraqDay(-200), endDate: iraqDay(200) });
    // Running today; the period runs on past today but is read as of today.
    expect(await statusesIn({ from: iraqDay(-200), to: iraqDay(100) })).toEqual({ ACTIVE: 1 });
    await update(campaign, { status: 'CANCELLED' });
    expect(await statusesIn({ from: iraqDay(-200), to: iraqDay(100) })).toEqual({ CANCELLED: 1 });
    // Yesterday it was still running.
    expect(await statusesIn({ from: iraqDay(-200), to: yesterday })).toEqual({ ACTIVE: 1 });
  });
});
