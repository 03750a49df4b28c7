import { GraphClient, GraphRequestError } from '../../sites/src/graph/graph-client';
import { loadManifest } from '../../sites/src/graph/persisted-manifest';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';

let stack: TestStack;

beforeAll(async () => {
  // Safelist on, as in production: the sites send persisted ids only.
  stack = await startTestStack({ gateway: { persisted: { safelist: true } } });
});

afterAll(async () => {
  await stack?.dispose();
});

describe('the sites’ typed graph client (sites/src/graph/graph-client.ts, types from graphql-codegen)', () => {
  it('loads the Erbil working-groups directory in Sorani, typed, a page at a time', async () => {
    const client = new GraphClient({ url: stack.gateway.url, manifest: loadManifest() });
    const page = await client.query('SiteWorkingGroups', { region: 'KURDISTAN_REGION', first: 2 }, 'ckb');
    // Typed access: a wrong field name here fails `npm run typecheck`.
    expect(page.data.workingGroups.totalCount).toBe(5);
    expect(page.data.workingGroups.nodes).toHaveLength(2);
    expect(page.data.workingGroups.pageInfo.hasNextPage).toBe(true);
    expect(page.data.workingGroups.nodes[0].nameText).toMatchObject({
      value: expect.stringMatching(/^گرووپی کاری گەنجان/),
      locale: 'ckb',
      direction: 'RTL',
    });
    expect(page.errors).toEqual([]);
    // Working groups and their campaigns: public for a minute.
    expect(page.cacheControl).toBe('public, max-age=60');
    const next = await client.query(
      'SiteWorkingGroups',
      { region: 'KURDISTAN_REGION', first: 2, after: page.data.workingGroups.pageInfo.endCursor },
      'ckb',
    );
    expect(next.data.workingGroups.nodes[0].slug).not.toBe(page.data.workingGroups.nodes[0].slug);
  });

  it('loads a Baghdad campaign by slug in Arabic, and null for an unknown slug', async () => {
    const client = new GraphClient({ url: stack.gateway.url, manifest: loadManifest() });
    const found = await client.query('SiteCampaign', { slug: 'open-budgets-baghdad' }, 'ar');
    expect(found.data.campaignBySlug?.titleText?.value).toMatch(/[\u0600-\u06FF]/);
    expect(found.data.campaignBySlug?.governorates.map((governorate) => governorate.code)).toContain('IQ-BG');
    const missing = await client.query('SiteCampaign', { slug: 'no-such-campaign' }, 'ar');
    expect(missing.data.campaignBySlug).toBeNull();
  });

  it('raises the GraphQL errors of a refused request, and an unreachable graph as 503', async () => {
    const client = new GraphClient({ url: stack.gateway.url, manifest: loadManifest() });
    const failure = await client
      .query('SiteWorkingGroups', { region: 'KURDISTAN_REGION', theme: 'NOT_A_THEME' as never, first: 2 }, 'en')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphRequestError);
    expect((failure as GraphRequestError).status).toBe(400);
    expect((failure as GraphRequestError).isBadInput).toBe(true);
    const nowhere = new GraphClient({ url: 'http://127.0.0.1:9/graphql', manifest: loadManifest(), timeoutMs: 2000 });
    const down = await nowhere.query('SiteSearch', { query: 'x' }, 'en').catch((error: unknown) => error);
    expect(down).toBeInstanceOf(GraphRequestError);
    expect((down as GraphRequestError).status).toBe(503);
  });

  it('refuses to send an operation the manifest does not list', async () => {
    const client = new GraphClient({
      url: stack.gateway.url,
      manifest: { format: 'apollo-persisted-query-manifest', version: 1, operations: [] },
    });
    await expect(client.query('SiteHome', { region: 'FEDERAL_IRAQ', today: '2026-01-01' }, 'ar')).rejects.toThrow(
      /not in the persisted manifest/,
    );
  });
});
