import { readFileSync } from 'node:fs';
import { Role } from '@icssi/platform';
import { GraphqlRequestError, IcssiGraphClient } from '../../clients/src/example-client';
import { MANIFEST_FILE } from '../../clients/src/paths';
import { PersistedQueryManifest } from '../../clients/src/persisted-manifest';
import { TestStack, startTestStack } from '../kit/test-stack';
import { bearer } from '../kit/tokens';

const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as PersistedQueryManifest;
let stack: TestStack;

beforeAll(async () => {
  // Safelist on, as in production: the client sends persisted ids only.
  stack = await startTestStack({ gateway: { persisted: { safelist: true } } });
});

afterAll(async () => {
  await stack?.dispose();
});

describe('the typed example client (clients/src/example-client.ts, types from graphql-codegen)', () => {
  it('loads the Erbil working-groups page in Sorani, typed', async () => {
    const client = new IcssiGraphClient({ url: stack.gateway.url, manifest, locale: 'ckb' });
    const page = await client.query('KurdistanWorkingGroupsPage', { first: 2 });
    // Typed access: a wrong field name here fails `npm run typecheck`.
    expect(page.workingGroups.totalCount).toBe(5);
    expect(page.workingGroups.nodes).toHaveLength(2);
    expect(page.workingGroups.pageInfo.hasNextPage).toBe(true);
    expect(page.workingGroups.nodes[0].name).toMatch(/^گرووپی کاری گەنجان/);
    const next = await client.query('KurdistanWorkingGroupsPage', { first: 2, after: page.workingGroups.pageInfo.endCursor });
    expect(next.workingGroups.nodes[0].id).not.toBe(page.workingGroups.nodes[0].id);
  });

  it('loads a Baghdad campaign page by slug in Arabic, and null for an unknown slug', async () => {
    const client = new IcssiGraphClient({ url: stack.gateway.url, manifest, locale: 'ar' });
    const found = await client.query('FederalCampaignPage', { slug: 'open-budgets-baghdad' });
    expect(found.campaignBySlug?.title).toMatch(/[\u0600-\u06FF]/);
    expect(found.campaignBySlug?.governorates.map((governorate) => governorate.code)).toContain('IQ-BG');
    const missing = await client.query('FederalCampaignPage', { slug: 'no-such-campaign' });
    expect(missing.campaignBySlug).toBeNull();
  });

  it('sends a signed-in user’s token', async () => {
    const token = (await bearer(Role.BRIDGE)).authorization.replace('Bearer ', '');
    const client = new IcssiGraphClient({ url: stack.gateway.url, manifest, locale: 'en', token });
    const programme = await client.query('IraqiSocialForumProgramme', {});
    expect(programme.forums.nodes[0].seasons.length).toBeGreaterThanOrEqual(4);
  });

  it('raises the GraphQL errors of a refused request', async () => {
    const client = new IcssiGraphClient({ url: stack.gateway.url, manifest, locale: 'en' });
    const failure = await client.query('KurdistanCampaignsByTheme', { theme: 'NOT_A_THEME' as never }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphqlRequestError);
    expect((failure as GraphqlRequestError).status).toBe(400);
    expect((failure as GraphqlRequestError).errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
