import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { growWorkingGroups } from '@icssi/test-kit/generated-data';
import { Role } from '@icssi/platform';
import { bearer } from '@icssi/test-kit/tokens';

/** Three deep paths through all four subgraphs, as in issue #3. */
const DEEP_QUERY = `{
  workingGroups(first: 100) {
    totalCount
    nodes { slug campaigns(first: 5) { totalCount nodes { slug actions(first: 5) { totalCount nodes { type occurredOn } } } } }
  }
  organisations(first: 100) {
    nodes { slug forumSeasons(first: 5) { nodes { number recommendations(first: 5) { nodes { slug implementations(first: 5) { nodes { progress updates(first: 5) { nodes { progress } } } } } } } } }
  }
  governorates(first: 100) {
    nodes { code cohesionCouncils { slug members(first: 5) { totalCount nodes { sector } } } }
  }
}`;

interface Deep {
  workingGroups: {
    totalCount: number;
    nodes: Array<{ campaigns: { totalCount: number; nodes: Array<{ actions: { totalCount: number } }> } }>;
  };
  organisations: {
    nodes: Array<{
      forumSeasons: {
        nodes: Array<{ recommendations: { nodes: Array<{ implementations: { nodes: Array<{ updates: { nodes: unknown[] } }> } }> } }>;
      };
    }>;
  };
}

let stack: TestStack;

beforeAll(async () => {
  // An analyst-sized query: above the default cost limit, so this stack allows more.
  // What an uncached request costs, on data grown straight in the databases: the response cache stays out.
  stack = await startTestStack({
    seed: false,
    gateway: { limits: { maxDepth: 12, maxAliases: 20, maxRootFields: 12, maxCost: 250_000 }, responseCache: { enabled: false } },
  });
});

afterAll(async () => {
  await stack?.dispose();
});

describe('SQL statements per request', () => {
  it('stay the same for a deep query with 1, 10 and 100 working groups', async () => {
    const perSubgraph = () =>
      Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.sqlCounter.count]));
    const measure = async () => {
      const before = perSubgraph();
      const { body } = await postGraphql<Deep>(stack.gateway.url, DEEP_QUERY);
      expect(body.errors).toBeUndefined();
      const after = perSubgraph();
      return { statements: Object.fromEntries(Object.keys(after).map((name) => [name, after[name] - before[name]])), data: body.data! };
    };
    const counts: Record<number, Record<string, number>> = {};
    let grown = 0;
    for (const size of [1, 10, 100]) {
      await growWorkingGroups(stack, grown, size);
      grown = size;
      const { statements, data } = await measure();
      counts[size] = statements;
      // Every level of every path is present, so each size runs the same query plan.
      expect(data.workingGroups.totalCount).toBe(size);
      expect(
        data.workingGroups.nodes.every((group) => group.campaigns.totalCount === 1 && group.campaigns.nodes[0].actions.totalCount === 2),
      ).toBe(true);
      const updates = data.organisations.nodes.flatMap((o) =>
        o.forumSeasons.nodes.flatMap((s) =>
          s.recommendations.nodes.flatMap((r) => r.implementations.nodes.flatMap((i) => i.updates.nodes)),
        ),
      );
      expect(updates).toHaveLength(size * 2);
    }
    // Plus, per subgraph fetch, the claim of the signed context's nonce (single use): + 1 per fetch.
    const expected = {
      organisations: 4 + 1, // three root lists, and the working groups' totalCount
      campaigns: 4 + 1, // campaigns of the groups, actions of the campaigns: rows and totalCount each
      'forum-seasons': 2 + 1, // seasons of the organisations, recommendations of the seasons
      'cohesion-councils': 5 + 2, // implementations, updates, councils of the governorates, seats (rows and totalCount); two fetches
    };
    expect(counts).toEqual({ 1: expected, 10: expected, 100: expected });
  });

  it('stay at one per subgraph for the bridge report (and the nonce claim), whatever the volume of data', async () => {
    const REPORT = `{ regionReports(period: { year: 2026 }) { region organisationsByKind { count } workingGroupsByTheme { count } activeMembers { value }
      campaignsByTheme { count } actionsByType { count } participants { value } forumSeasons recommendationsAdoptedByTheme { count }
      councilsByStatus { count } implementationsByStatus { count } averageProgress } }`;
    const headers = await bearer(Role.BRIDGE);
    const perSubgraph = () =>
      Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.sqlCounter.count]));
    const counts: Array<Record<string, number>> = [];
    const actions = async () =>
      (await stack.subgraphs.campaigns.dataSource.query(`SELECT count(*)::int AS n FROM campaign_action`))[0].n as number;
    const volumes: number[] = [];
    // The previous test left 100 generated working groups; the second pass triples them.
    for (const grow of [false, true]) {
      if (grow) await growWorkingGroups(stack, 100, 300);
      volumes.push(await actions());
      const before = perSubgraph();
      const { body } = await postGraphql<{ regionReports: Array<{ actionsByType: Array<{ count: number }> }> }>(
        stack.gateway.url,
        REPORT,
        {},
        headers,
      );
      expect(body.errors).toBeUndefined();
      const after = perSubgraph();
      counts.push(Object.fromEntries(Object.keys(after).map((name) => [name, after[name] - before[name]])));
    }
    expect(volumes[1]).toBe(volumes[0] * 3);
    // the report's statement, and the claim of the signed context's nonce
    expect(counts).toEqual([
      { organisations: 1 + 1, campaigns: 1 + 1, 'forum-seasons': 1 + 1, 'cohesion-councils': 1 + 1 },
      { organisations: 1 + 1, campaigns: 1 + 1, 'forum-seasons': 1 + 1, 'cohesion-councils': 1 + 1 },
    ]);
  });
});
