import { Role, graphqlRequests } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

/**
 * Query limits that cannot be walked around (issue 15, point 5): variable defaults, fragments and
 * report series are costed like the literal query, and a refusal comes before any subgraph is asked.
 */
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

/** Requests the subgraphs have served so far, per their own request metric. */
async function subgraphRequests(): Promise<number> {
  const served = (await graphqlRequests.get()).values;
  return served.filter((value) => value.labels.service !== 'gateway').reduce((total, value) => total + value.value, 0);
}

async function refusedBeforeAnySubgraph(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<string> {
  const before = await subgraphRequests();
  const { status, body } = await postGraphql(stack.gateway.url, query, variables, headers);
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(await subgraphRequests()).toBe(before);
  return body.errors![0].message;
}

const NESTED = (first: string) =>
  `workingGroups(first: ${first}) { nodes { members(first: ${first}) { nodes { person { memberships { workingGroup { members(first: ${first}) { nodes { role } } } } } } } } }`;

describe('cost', () => {
  it('a variable default costs what the literal costs: `query($n: Int = 100)` is refused like `first: 100`', async () => {
    const literal = await refusedBeforeAnySubgraph(`{ ${NESTED('100')} }`);
    const defaulted = await refusedBeforeAnySubgraph(`query($n: Int = 100) { ${NESTED('$n')} }`);
    expect(literal).toMatch(/^The query would cost \d+; at most 50000 is allowed/);
    expect(defaulted).toBe(literal);
  });

  it('a fragment costs what its fields cost', async () => {
    const literal = await refusedBeforeAnySubgraph(`{ ${NESTED('100')} }`);
    expect(await refusedBeforeAnySubgraph(`query { ...Groups } fragment Groups on Query { ${NESTED('100')} }`)).toBe(literal);
  });

  it('twelve aliased report series of 40 quarters are refused before any subgraph is asked', async () => {
    const FIGURES = `region period organisationsByKind { key count } activeMembers { value suppressed } campaignsByTheme { theme count }
      participants { value suppressed } forumSeasons recommendationsAdoptedByTheme { theme count } councilsByStatus { key count } averageProgress`;
    const series = Array.from(
      { length: 12 },
      (_, i) => `s${i}: regionReportSeries(from: "2016-01-01", to: "2025-12-31", granularity: QUARTER) { ${FIGURES} }`,
    );
    const message = await refusedBeforeAnySubgraph(`{ ${series.join(' ')} }`, {}, await bearer(Role.BRIDGE));
    const cost = Number(/would cost (\d+)/.exec(message)?.[1]);
    expect(cost).toBeGreaterThan(12 * 40 * 4 * 500);
  });

  it('one series of 40 quarters of one subgraph’s figures runs', async () => {
    const before = await subgraphRequests();
    const { status, body } = await postGraphql<{ regionReportSeries: unknown[] }>(
      stack.gateway.url,
      `{ regionReportSeries(from: "2016-01-01", to: "2025-12-31", granularity: QUARTER) { region period forumSeasons forumSessions } }`,
      {},
      await bearer(Role.BRIDGE),
    );
    expect([status, body.errors]).toEqual([200, undefined]);
    expect(body.data!.regionReportSeries).toHaveLength(120);
    // The counter the refusals are checked with does count subgraph requests.
    expect(await subgraphRequests()).toBeGreaterThan(before);
  });
});

describe('root fields, aliases and depth inside fragments', () => {
  const fields = Array.from({ length: 13 }, (_, i) => `r${i}: governorates(first: 1) { totalCount }`).join(' ');

  it.each([
    [
      'a fragment spread on Query',
      `{ ...Roots } fragment Roots on Query { ${fields} }`,
      'The operation has 13 root fields; at most 12 are allowed.',
    ],
    ['an inline fragment on Query', `{ ... on Query { ${fields} } }`, 'The operation has 13 root fields; at most 12 are allowed.'],
    [
      'aliases in a fragment',
      `{ workingGroups { nodes { ...A } } } fragment A on WorkingGroup { ${Array.from({ length: 21 }, (_, i) => `a${i}: name`).join(' ')} }`,
      'The operation has 21 aliases; at most 20 are allowed.',
    ],
    [
      'depth in a fragment',
      `{ workingGroups { nodes { hostOrganisation { ...O } } } } fragment O on Organisation { members { nodes { organisation { members { nodes { organisation { members { nodes { organisation { name } } } } } } } } } }`,
      'The query is 13 levels deep; at most 12 are allowed.',
    ],
  ])('%s → 400 naming the limit', async (_name, query, message) => {
    expect(await refusedBeforeAnySubgraph(query)).toBe(message);
  });
});
