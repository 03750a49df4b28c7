import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role, graphqlRequests } from '@icssi/platform';
import { growWorkingGroups } from '@icssi/test-kit/generated-data';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

/**
 * The benchmark's S1 (a region frontend page) and S2 (the bridge report) cost a fixed number of
 * subgraph fetches and SQL statements per request, whatever the volume of data (issue #7).
 */
const FRONTEND_PAGE = readFileSync(path.resolve(__dirname, '../../examples/frontend-working-groups-page.graphql'), 'utf8');
const BRIDGE_REPORT = `query BridgeReport($year: Int!) { regionReports(period: { year: $year }) {
  region organisationsByKind { key count } workingGroupsByTheme { theme dacCode count } activeMembers { value suppressed }
  campaignsByTheme { theme count } actionsByType { key count } participants { value suppressed } participantsWomen { value suppressed }
  forumSeasons forumSessions recommendationsAdoptedByTheme { theme count }
  councilsByStatus { key count } implementationsByStatus { key count } averageProgress recommendationsImplemented } }`;

let stack: TestStack;

beforeAll(async () => {
  // What an uncached request costs, on data grown straight in the databases: the response cache stays out.
  stack = await startTestStack({ seed: false, gateway: { responseCache: { enabled: false } } });
});

afterAll(async () => {
  await stack?.dispose();
});

type Counts = Record<string, { fetches: number; sql: number }>;

async function costOf(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ counts: Counts; data: Record<string, unknown> }> {
  // Fetches as each subgraph's request metric counts them (the same counter /metrics serves).
  const read = async () => {
    const served = (await graphqlRequests.get()).values;
    const fetches = (service: string) => served.filter((v) => v.labels.service === service).reduce((total, v) => total + v.value, 0);
    return Object.fromEntries(
      Object.entries(stack.subgraphs).map(([name, s]) => [name, { fetches: fetches(name), sql: s.sqlCounter.count }]),
    );
  };
  const before = await read();
  const { status, body } = await postGraphql(stack.gateway.url, query, variables, headers);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  const after = await read();
  const counts = Object.fromEntries(
    Object.keys(after).map((name) => [
      name,
      { fetches: after[name].fetches - before[name].fetches, sql: after[name].sql - before[name].sql },
    ]),
  );
  return { counts, data: body.data as Record<string, unknown> };
}

describe('subgraph fetches and SQL statements per request', () => {
  it('are the same for the frontend page (S1) and the bridge report (S2) with 20 and 200 working groups', async () => {
    const bridge = await bearer(Role.BRIDGE);
    const page: Counts[] = [];
    const report: Counts[] = [];
    let grown = 0;
    for (const size of [20, 200]) {
      await growWorkingGroups(stack, grown, size);
      grown = size;
      const s1 = await costOf(FRONTEND_PAGE, { region: 'FEDERAL_IRAQ', first: 20 });
      // A full page each time, with every nested list present, so both sizes run the same plan.
      const groups = s1.data.workingGroups as { totalCount: number; nodes: Array<{ campaigns: { totalCount: number } }> };
      expect(groups.totalCount).toBe(size);
      expect(groups.nodes).toHaveLength(20);
      expect(groups.nodes.every((group) => group.campaigns.totalCount === 1)).toBe(true);
      page.push(s1.counts);
      report.push((await costOf(BRIDGE_REPORT, { year: 2026 }, bridge)).counts);
    }
    // sql: the statements of the work, plus one per fetch for the claim of the signed context's nonce.
    const s1Expected = {
      organisations: { fetches: 2, sql: 7 + 2 }, // the page, then the names of the governorates of the campaigns' actions
      campaigns: { fetches: 1, sql: 3 + 1 },
      'forum-seasons': { fetches: 1, sql: 2 + 1 },
      'cohesion-councils': { fetches: 1, sql: 1 + 1 },
    };
    const s2Expected = {
      organisations: { fetches: 1, sql: 1 + 1 },
      campaigns: { fetches: 1, sql: 1 + 1 },
      'forum-seasons': { fetches: 1, sql: 1 + 1 },
      'cohesion-councils': { fetches: 1, sql: 1 + 1 },
    };
    expect(page).toEqual([s1Expected, s1Expected]);
    expect(report).toEqual([s2Expected, s2Expected]);
  });

  it('sends the parallel fetches of one request to one subgraph as one, and splits the answer back', async () => {
    const both = `{ campaigns(first: 20) { nodes { slug governorates { code name } leadWorkingGroup { slug name } } } }`;
    const governoratesOnly = `{ campaigns(first: 20) { nodes { slug governorates { code name } } } }`;
    const groupsOnly = `{ campaigns(first: 20) { nodes { slug leadWorkingGroup { slug name } } } }`;
    const merged = await costOf(both, {});
    // Governorate names and lead working groups both come from the organisations subgraph.
    expect(merged.counts.organisations.fetches).toBe(1);
    type Campaigns = { campaigns: { nodes: Array<{ slug: string; governorates?: unknown; leadWorkingGroup?: unknown }> } };
    const nodes = (merged.data as Campaigns).campaigns.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.governorates !== undefined && node.leadWorkingGroup !== undefined)).toBe(true);
    // The same values as when each part is asked alone.
    const alone = [(await costOf(governoratesOnly, {})).data as Campaigns, (await costOf(groupsOnly, {})).data as Campaigns];
    expect(nodes).toEqual(
      alone[0].campaigns.nodes.map((node, i) => ({ ...node, leadWorkingGroup: alone[1].campaigns.nodes[i].leadWorkingGroup })),
    );
  });
});
