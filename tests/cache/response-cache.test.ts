import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { demoCampaignId } from '@icssi/campaigns';
import { Region, Role, createLogger } from '@icssi/platform';
import { readFileSync } from 'node:fs';
import { startGateway } from '@icssi/gateway';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

let stack: TestStack;
let purgeServer: Server;
const purged: string[][] = [];

beforeAll(async () => {
  // A stand-in for a CDN's purge API: records the keys each write asks it to purge.
  purgeServer = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      purged.push((JSON.parse(body) as { surrogate_keys: string[] }).surrogate_keys);
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => purgeServer.listen(0, '127.0.0.1', resolve));
  const purgeUrl = `http://127.0.0.1:${(purgeServer.address() as AddressInfo).port}/purge`;
  stack = await startTestStack({ gateway: { responseCache: { enabled: true, redisUrl: undefined, purgeUrl } } });
});

afterAll(async () => {
  await stack?.dispose();
  await new Promise((resolve) => purgeServer?.close(resolve));
});

interface Answer<T> {
  data: T;
  cache: string | null;
  surrogateKey: string | null;
}

async function ask<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(response.status).toBe(200);
  expect(body.errors).toBeUndefined();
  return { data: body.data, cache: response.headers.get('x-response-cache'), surrogateKey: response.headers.get('surrogate-key') };
}

const CAMPAIGN = `query Campaign($slug: String!) { campaignBySlug(slug: $slug) { title themes status } }`;
type CampaignPage = { campaignBySlug: { title: string; themes: string[]; status: string } | null };
const CAMPAIGN_LIST = `query Campaigns { campaigns(first: 100) { nodes { slug } } }`;
type CampaignList = { campaigns: { nodes: Array<{ slug: string }> } };

describe('response cache', () => {
  it('answers a repeated anonymous query from the cache, without a database statement', async () => {
    const first = await ask<CampaignPage>(CAMPAIGN, { slug: 'women-in-local-decisions' });
    expect(first.cache).toBe('miss');
    const statements = stack.sqlStatements();
    const second = await ask<CampaignPage>(CAMPAIGN, { slug: 'women-in-local-decisions' });
    expect(second.cache).toBe('hit');
    expect(second.data).toEqual(first.data);
    expect(stack.sqlStatements()).toBe(statements);
  });

  it('never serves a cached answer to a token holder', async () => {
    const slug = 'peace-week-nineveh';
    const cached = await ask<CampaignPage>(CAMPAIGN, { slug });
    expect(cached.data.campaignBySlug!.themes).not.toEqual(['HUMAN_RIGHTS']);
    // A change that bypasses the gateway (so nothing invalidates): the cache still has the old answer…
    await stack.subgraphs.campaigns.dataSource.query(`UPDATE campaign SET themes = '{HUMAN_RIGHTS}' WHERE slug = $1`, [slug]);
    const anonymous = await ask<CampaignPage>(CAMPAIGN, { slug });
    expect(anonymous.cache).toBe('hit');
    expect(anonymous.data).toEqual(cached.data);
    // …which no token holder ever gets: they read the subgraphs.
    for (const role of [Role.MEMBER, Role.BRIDGE, Role.ADMIN]) {
      const holder = await ask<CampaignPage>(CAMPAIGN, { slug }, await bearer(role));
      expect(holder.cache).toBe('bypass');
      expect(holder.data.campaignBySlug!.themes).toEqual(['HUMAN_RIGHTS']);
    }
  });

  it('never serves an answer across languages', async () => {
    const slug = 'open-budgets-baghdad';
    const english = await ask<CampaignPage>(CAMPAIGN, { slug }, { 'accept-language': 'en' });
    const arabic = await ask<CampaignPage>(CAMPAIGN, { slug }, { 'accept-language': 'ar' });
    expect(arabic.cache).toBe('miss');
    expect(english.data.campaignBySlug!.title).toBe('Open Budgets for Baghdad');
    expect(arabic.data.campaignBySlug!.title).toBe('موازنات مفتوحة لبغداد');
    expect((await ask<CampaignPage>(CAMPAIGN, { slug }, { 'accept-language': 'en' })).data).toEqual(english.data);
    const arabicAgain = await ask<CampaignPage>(CAMPAIGN, { slug }, { 'accept-language': 'ar-IQ,ar;q=0.9' });
    expect(arabicAgain.cache).toBe('hit');
    expect(arabicAgain.data).toEqual(arabic.data);
  });

  it('after an edit no cached answer shows the old state; answers about other entities stay cached', async () => {
    const edited = 'accountable-municipalities-erbil';
    const other = 'speak-freely-kurdistan';
    const before = await ask<CampaignPage>(CAMPAIGN, { slug: edited });
    expect(before.data.campaignBySlug!.status).not.toBe('CANCELLED');
    await ask(CAMPAIGN, { slug: other });
    expect((await ask(CAMPAIGN, { slug: edited })).cache).toBe('hit');
    // The editor selects nothing but userErrors: the gateway still knows which campaign changed.
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const update = await ask<{ updateCampaign: { userErrors: unknown[] } }>(
      `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { userErrors { code } } }`,
      { input: { id: demoCampaignId(edited), version: 1, status: 'CANCELLED' } },
      editor,
    );
    expect(update.data.updateCampaign.userErrors).toEqual([]);
    const after = await ask<CampaignPage>(CAMPAIGN, { slug: edited });
    expect(after.cache).toBe('miss');
    expect(after.data.campaignBySlug!.status).toBe('CANCELLED');
    expect((await ask(CAMPAIGN, { slug: other })).cache).toBe('hit');
  });

  it('after an archive no cached list shows the record', async () => {
    const slug = 'citizens-budget-hearings';
    const list = await ask<CampaignList>(CAMPAIGN_LIST);
    expect(list.data.campaigns.nodes.map((node) => node.slug)).toContain(slug);
    expect((await ask(CAMPAIGN_LIST)).cache).toBe('hit');
    const archive = await ask<{ archiveCampaign: { userErrors: unknown[] } }>(
      `mutation($input: ArchiveCampaignInput!) { archiveCampaign(input: $input) { userErrors { code } } }`,
      { input: { id: demoCampaignId(slug), version: 1 } },
      await bearer(Role.ADMIN),
    );
    expect(archive.data.archiveCampaign.userErrors).toEqual([]);
    const after = await ask<CampaignList>(CAMPAIGN_LIST);
    expect(after.data.campaigns.nodes.map((node) => node.slug)).not.toContain(slug);
    expect((await ask<CampaignPage>(CAMPAIGN, { slug })).data.campaignBySlug).toBeNull();
  });

  it('after an edit of reference data (a governorate’s name) no cached page shows the old name', async () => {
    const page = `query Governorate($code: ID!) { governorate(code: $code) { name campaigns(first: 3) { nodes { title } } } }`;
    const before = await ask<{ governorate: { name: string } }>(page, { code: 'IQ-DA' });
    expect((await ask(page, { code: 'IQ-DA' })).cache).toBe('hit');
    const edit = await ask<{ setTranslation: { userErrors: unknown[] } }>(
      `mutation($input: SetTranslationInput!) { setTranslation(input: $input) { userErrors { code } } }`,
      { input: { field: 'GOVERNORATE_NAME', id: 'IQ-DA', locale: 'en', value: 'Duhok Governorate', provenance: 'HUMAN' } },
      await bearer(Role.ADMIN),
    );
    expect(edit.data.setTranslation.userErrors).toEqual([]);
    const after = await ask<{ governorate: { name: string } }>(page, { code: 'IQ-DA' });
    expect(after.cache).toBe('miss');
    expect(before.data.governorate.name).not.toBe('Duhok Governorate');
    expect(after.data.governorate.name).toBe('Duhok Governorate');
  });

  it('after a lockdown no cached page shows the person, inside an organisation page too', async () => {
    // A member the public sees by name, on an organisation's page.
    const directory = await ask<{
      organisations: { nodes: Array<{ id: string; members: { nodes: Array<{ person: { id: string; displayName: string } | null }> } }> };
    }>(`{ organisations(first: 100) { nodes { id members(first: 50) { nodes { person { id displayName } } } } } }`);
    const organisation = directory.data.organisations.nodes.find((node) => node.members.nodes.some((member) => member.person))!;
    const shown = organisation.members.nodes.find((member) => member.person)!.person!;
    const person = shown.id;
    const membership = { id: organisation.id };
    // The page selects names only, no ids: the gateway still knows which people it shows.
    const page = `query Organisation($id: ID!) { organisation(id: $id) { name members(first: 50) { nodes { person { displayName } } } } }`;
    const before = await ask(page, { id: membership.id });
    expect(JSON.stringify(before.data)).toContain(shown.displayName);
    expect((await ask(page, { id: membership.id })).cache).toBe('hit');
    const lockdown = await ask<{ lockdownPerson: { userErrors: unknown[] } }>(
      `mutation { lockdownPerson(input: { personId: "${person}" }) { userErrors { code } } }`,
      {},
      await bearer(Role.ADMIN),
    );
    expect(lockdown.data.lockdownPerson.userErrors).toEqual([]);
    const after = await ask(page, { id: membership.id });
    expect(after.cache).toBe('miss');
    expect(JSON.stringify(after.data)).not.toContain(shown.displayName);
  });

  it('answers name their entities in Surrogate-Key; a write asks the CDN to purge them', async () => {
    const slug = 'dialogue-circles-kurdistan';
    const id = demoCampaignId(slug);
    const page = await ask(`query($slug: String!) { campaignBySlug(slug: $slug) { title leadOrganisation { name } } }`, { slug });
    const keys = page.surrogateKey!.split(' ');
    expect(keys).toContain(id);
    expect(keys).toContain('all');
    const update = await ask<{ updateCampaign: { userErrors: unknown[] } }>(
      `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { userErrors { code } } }`,
      { input: { id, version: 1, status: 'COMPLETED' } },
      await bearer(Role.ADMIN),
    );
    expect(update.data.updateCampaign.userErrors).toEqual([]);
    // The purge call is made after the answer (it must not slow the write): wait for it to arrive.
    while (!purged.some((batch) => batch.includes(id))) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(purged.find((batch) => batch.includes(id))).toContain('list:Campaign');
  });

  it('answers a body it stored before ahead of the GraphQL pipeline, with the same headers, and never for a token or after an edit', async () => {
    const shortcutAnswers = async (): Promise<number> => {
      const text = await (await fetch(stack.gateway.metricsUrl)).text();
      return Number(/^icssi_response_cache_shortcut_answers_total (\d+)/m.exec(text)?.[1] ?? 'NaN');
    };
    const slug = 'women-in-local-decisions';
    const body = JSON.stringify({ query: CAMPAIGN, variables: { slug } });
    const post = (headers: Record<string, string> = {}) =>
      fetch(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'ar', ...headers },
        body,
      });
    const first = await post();
    const firstText = await first.text();
    expect((JSON.parse(firstText) as { data: CampaignPage }).data.campaignBySlug!.themes).not.toEqual(['TRANSPARENCY']);
    const before = await shortcutAnswers();
    const second = await post();
    expect(await second.text()).toBe(firstText);
    expect(second.headers.get('x-response-cache')).toBe('hit');
    for (const header of ['cache-control', 'content-language', 'surrogate-key', 'cache-tag', 'content-type'])
      expect([header, second.headers.get(header)]).toEqual([header, first.headers.get(header)]);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(await shortcutAnswers()).toBe(before + 1);
    // A token holder sending the same body goes through the pipeline and its read gates.
    const member = await post(await bearer(Role.MEMBER));
    expect(member.headers.get('x-response-cache')).toBe('bypass');
    await member.text();
    expect(await shortcutAnswers()).toBe(before + 1);
    // An edit invalidates the answer the shortcut points at: the next request is a miss.
    const id = demoCampaignId(slug);
    const current = await ask<{ campaign: { version: number } }>(
      `query($id: ID!) { campaign(id: $id) { version } }`,
      { id },
      await bearer(Role.ADMIN),
    );
    const update = await ask<{ updateCampaign: { userErrors: unknown[] } }>(
      `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { userErrors { code } } }`,
      { input: { id, version: current.data.campaign.version, themes: ['TRANSPARENCY'] } },
      await bearer(Role.ADMIN),
    );
    expect(update.data.updateCampaign.userErrors).toEqual([]);
    const after = await post();
    expect(after.headers.get('x-response-cache')).toBe('miss');
    expect(((await after.json()) as { data: CampaignPage }).data.campaignBySlug!.themes).toEqual(['TRANSPARENCY']);
    expect(await shortcutAnswers()).toBe(before + 1);
  });

  it('answers a known GET (as the sites send) ahead of the pipeline only with the header CSRF prevention asks for', async () => {
    const shortcutAnswers = async (): Promise<number> => {
      const text = await (await fetch(stack.gateway.metricsUrl)).text();
      return Number(/^icssi_response_cache_shortcut_answers_total (\d+)/m.exec(text)?.[1] ?? 'NaN');
    };
    const url = new URL(stack.gateway.url);
    url.search = new URLSearchParams({ query: CAMPAIGN, variables: JSON.stringify({ slug: 'dialogue-circles-kurdistan' }) }).toString();
    const get = (headers: Record<string, string>) => fetch(url, { headers: { 'accept-language': 'ckb', ...headers } });
    const first = await get({ 'apollo-require-preflight': 'true' });
    expect(first.status).toBe(200);
    const firstText = await first.text();
    const before = await shortcutAnswers();
    const second = await get({ 'apollo-require-preflight': 'true' });
    expect(second.headers.get('x-response-cache')).toBe('hit');
    expect(await second.text()).toBe(firstText);
    expect(await shortcutAnswers()).toBe(before + 1);
    // Without the header the pipeline refuses the GET, and so does the shortcut: it does not answer.
    const bare = await get({});
    expect(bare.status).toBe(400);
    await bare.text();
    expect(await shortcutAnswers()).toBe(before + 1);
  });

  it('a lockdown sent through another gateway replica (each with a cache in its own memory) empties this one at its next read of the list', async () => {
    const other = await startGateway({
      port: 0,
      host: '127.0.0.1',
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
      logger: createLogger({ service: 'gateway' }),
      rateLimit: { enabled: false },
      responseCache: { enabled: true, redisUrl: undefined, purgeUrl: undefined, lockdownFollowMs: 200 },
    });
    try {
      const askOther = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(other.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'en' },
          body: JSON.stringify({ query, variables }),
        });
        return { text: await response.text(), cache: response.headers.get('x-response-cache') };
      };
      // An organisation the public sees, on a page cached by the other replica only.
      const directory = await ask<{ organisations: { nodes: Array<{ id: string; name: string }> } }>(
        `{ organisations(first: 100) { nodes { id name } } }`,
      );
      const shown = directory.data.organisations.nodes.at(-1)!;
      const page = `query Organisation($id: ID!) { organisation(id: $id) { name } }`;
      expect((await askOther(page, { id: shown.id })).text).toContain(shown.name);
      expect((await askOther(page, { id: shown.id })).cache).toBe('hit');
      const lockdown = await ask<{ lockdownOrganisation: { userErrors: unknown[] } }>(
        `mutation { lockdownOrganisation(input: { organisationId: "${shown.id}" }) { userErrors { code } } }`,
        {},
        await bearer(Role.ADMIN),
      );
      expect(lockdown.data.lockdownOrganisation.userErrors).toEqual([]);
      const lockedAt = Date.now();
      let after = await askOther(page, { id: shown.id });
      while (after.text.includes(shown.name) && Date.now() - lockedAt < 3000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        after = await askOther(page, { id: shown.id });
      }
      expect(after.text).not.toContain(shown.name);
      expect(JSON.parse(after.text)).toEqual({ data: { organisation: null } });
      // Read every 200 ms here: well within 2 s even on a loaded machine (the fault suite holds replicas to 1 s).
      expect(Date.now() - lockedAt).toBeLessThan(2000);
    } finally {
      await other.stop();
    }
  });
});
