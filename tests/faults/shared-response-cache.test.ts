import { readFileSync } from 'node:fs';
import { demoCampaignId } from '@icssi/campaigns';
import { type RunningGateway, startGateway } from '@icssi/gateway';
import { Region, Role, createLogger } from '@icssi/platform';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

/**
 * Two gateway replicas sharing one Redis (the machine's, or REDIS_URL): an answer cached by one is
 * served by the other, and a write through either is visible through both as soon as the write has
 * answered — well within the 1 s the issue allows — including while the other replica is under reads.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Its own keys, so runs (and other users of the same Redis) never see each other's answers.
const keyPrefix = `icssi-cache-test-${process.pid}-${Date.now()}`;
const responseCache = { enabled: true, redisUrl: REDIS_URL, keyPrefix };

let stack: TestStack;
let second: RunningGateway;
let third: RunningGateway | undefined;

beforeAll(async () => {
  stack = await startTestStack({ gateway: { responseCache } });
  second = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    logger: createLogger({ service: 'gateway' }),
    responseCache,
  });
});

afterAll(async () => {
  await third?.stop();
  await second?.stop();
  await stack?.dispose();
});

async function ask<T>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return { data: body.data, cache: response.headers.get('x-response-cache') };
}

const CAMPAIGN = `query Campaign($slug: String!) { campaignBySlug(slug: $slug) { status version leadOrganisation { name } } }`;
type CampaignPage = { campaignBySlug: { status: string; version: number } | null };
const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { version } userErrors { code } } }`;

describe('two gateway replicas sharing Redis', () => {
  it('share answers: what one cached, the other serves', async () => {
    const first = await ask<CampaignPage>(stack.gateway.url, CAMPAIGN, { slug: 'women-in-local-decisions' });
    expect(first.cache).toBe('miss');
    const other = await ask<CampaignPage>(second.url, CAMPAIGN, { slug: 'women-in-local-decisions' });
    expect(other.cache).toBe('hit');
    expect(other.data).toEqual(first.data);
  });

  it('after a write through one, the other shows the new state as soon as the write has answered, under load', async () => {
    const slug = 'speak-freely-kurdistan';
    const id = demoCampaignId(slug);
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    await ask(second.url, CAMPAIGN, { slug });
    expect((await ask<CampaignPage>(second.url, CAMPAIGN, { slug })).cache).toBe('hit');
    // Readers keep both replicas' cache busy (and racing the writes) the whole time.
    let reading = true;
    const readers = [stack.gateway.url, second.url, second.url].map(async (url) => {
      while (reading) await ask(url, CAMPAIGN, { slug });
    });
    let stale = 0;
    const statuses = ['COMPLETED', 'CANCELLED', 'ACTIVE', 'COMPLETED', 'CANCELLED', 'ACTIVE'];
    for (const [index, status] of statuses.entries()) {
      const writer = index % 2 === 0 ? stack.gateway.url : second.url;
      const reader = index % 2 === 0 ? second.url : stack.gateway.url;
      const write = await ask<{ updateCampaign: { campaign: { version: number }; userErrors: unknown[] } }>(
        writer,
        UPDATE,
        { input: { id, version: index + 1, status } },
        editor,
      );
      expect(write.data.updateCampaign.userErrors).toEqual([]);
      for (let read = 0; read < 5; read += 1) {
        const page = await ask<CampaignPage>(reader, CAMPAIGN, { slug });
        if (page.data.campaignBySlug!.version !== index + 2 || page.data.campaignBySlug!.status !== status) stale += 1;
      }
    }
    reading = false;
    await Promise.all(readers);
    expect(stale).toBe(0);
  });

  it('a lockdown through one replica empties the pages of both', async () => {
    const organisations = await ask<{ organisations: { nodes: Array<{ id: string; name: string }> } }>(
      second.url,
      `{ organisations(first: 100) { nodes { id name } } }`,
    );
    const target = organisations.data.organisations.nodes[0];
    expect((await ask(second.url, `{ organisations(first: 100) { nodes { id name } } }`)).cache).toBe('hit');
    const lockdown = await ask<{ lockdownOrganisation: { userErrors: unknown[] } }>(
      stack.gateway.url,
      `mutation { lockdownOrganisation(input: { organisationId: "${target.id}" }) { userErrors { code } } }`,
      {},
      await bearer(Role.ADMIN),
    );
    expect(lockdown.data.lockdownOrganisation.userErrors).toEqual([]);
    const after = await ask<{ organisations: { nodes: Array<{ id: string }> } }>(
      second.url,
      `{ organisations(first: 100) { nodes { id name } } }`,
    );
    expect(after.cache).toBe('miss');
    expect(after.data.organisations.nodes.map((node) => node.id)).not.toContain(target.id);
  });

  it('a replica whose Redis cannot be reached answers every request, bypassing the cache', async () => {
    third = await startGateway({
      port: 0,
      host: '127.0.0.1',
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
      logger: createLogger({ service: 'gateway' }),
      responseCache: { ...responseCache, redisUrl: 'redis://127.0.0.1:1' },
    });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const page = await ask<CampaignPage>(third.url, CAMPAIGN, { slug: 'women-in-local-decisions' });
      expect(page.cache).toBe('bypass');
      expect(page.data.campaignBySlug).not.toBeNull();
    }
    const write = await ask<{ updateCampaign: { userErrors: unknown[] } }>(
      third.url,
      UPDATE,
      { input: { id: demoCampaignId('women-in-local-decisions'), version: 1, status: 'CANCELLED' } },
      await bearer(Role.ADMIN),
    );
    expect(write.data.updateCampaign.userErrors).toEqual([]);
  });
});
