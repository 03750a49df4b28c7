import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { Role } from '@icssi/platform';
import { apiSchemaFromSupergraph } from '../../clients/src/api-schema';
import { loadClientOperations } from '../../clients/src/client-operations';
import { operationMaxAge } from '../../gateway/src/cache-control/operation-max-age';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

const operations = loadClientOperations();
const operation = (name: string) => operations.find((candidate) => candidate.name === name)!;
const schema = apiSchemaFromSupergraph(readFileSync(SUPERGRAPH_FILE, 'utf8'));

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

/** A GET as a frontend sends it: the persisted id, variables, the preflight header CSRF prevention asks for. */
async function getPersisted(name: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const search = new URLSearchParams({
    operationName: name,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: operation(name).id } }),
  });
  const response = await fetch(`${stack.gateway.url}?${search}`, {
    headers: { 'apollo-require-preflight': 'true', 'accept-language': 'ar', ...headers },
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  return { status: response.status, body, cacheControl: response.headers.get('cache-control'), vary: response.headers.get('vary') };
}

/** A season of the demo data (the programme page's variable). */
async function seasonId(): Promise<string> {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ forumSeasons(first: 1) { nodes { id } } }' }),
  });
  return ((await response.json()) as { data: { forumSeasons: { nodes: Array<{ id: string }> } } }).data.forumSeasons.nodes[0].id;
}

async function getQuery(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.gateway.url}?query=${encodeURIComponent(query)}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
  await response.arrayBuffer();
  return { status: response.status, cacheControl: response.headers.get('cache-control') };
}

describe('Cache-Control on GET for public data', () => {
  it('a forum season’s programme is public for 5 minutes, varying by language', async () => {
    const { status, body, cacheControl, vary } = await getPersisted('SiteForumSeason', { id: await seasonId() });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(cacheControl).toBe('public, max-age=300');
    expect(vary).toContain('Accept-Language');
  });

  it('a governorate page takes the shortest age of what it shows (campaigns, councils: 60 s)', async () => {
    const { body, cacheControl } = await getPersisted('SiteGovernorate', { code: 'IQ-AR' });
    expect(body.errors).toBeUndefined();
    expect(cacheControl).toBe('public, max-age=60');
  });

  it('anything showing people or organisations (personal, or subject to lockdown) is no-store', async () => {
    expect((await getPersisted('SiteWorkingGroup', { slug: 'kr-freedom-of-expression' })).cacheControl).toBe('no-store');
    expect((await getQuery('{ organisations { nodes { name } } }')).cacheControl).toBe('no-store');
  });

  it('a caller with a token gets private, no-store, even for public data', async () => {
    const { body, cacheControl } = await getPersisted('SiteForumSeason', { id: await seasonId() }, await bearer(Role.BRIDGE));
    expect(body.errors).toBeUndefined();
    expect(cacheControl).toBe('private, no-store');
  });

  it('POST, errors and introspection are never cached', async () => {
    const post = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation('SiteForumSeason').body, variables: { id: await seasonId() } }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('cache-control')).toBe('no-store');
    const failed = await getQuery('{ governorates(first: 1000) { nodes { name } } }');
    expect(failed.status).toBe(200);
    expect(failed.cacheControl).toBe('no-store');
    expect((await getQuery('{ __schema { queryType { name } } }')).cacheControl).toBe('no-store');
  });
});

describe('operationMaxAge', () => {
  it('is the minimum over the selected types; connections take their node type’s age', () => {
    expect(operationMaxAge(schema, parse('{ governorates { totalCount nodes { name code } } }'))).toBe(3600);
    expect(operationMaxAge(schema, parse('{ governorates { nodes { name campaigns { nodes { title } } } } }'))).toBe(60);
    expect(operationMaxAge(schema, parse('{ governorates { nodes { name nameTranslations { value } } } }'))).toBe(3600);
    // A text with its language, and the words for enum values, are as public as what holds them.
    expect(operationMaxAge(schema, parse('{ governorates { nodes { nameText { value locale isFallback } } } }'))).toBe(3600);
    expect(
      operationMaxAge(schema, parse('{ labels(locale: ckb) { themes { value label } campaignStatuses { value labelText { value } } } }')),
    ).toBe(3600);
    expect(operationMaxAge(schema, parse('{ campaigns { nodes { titleText { value } leadOrganisation { nameText { value } } } } }'))).toBe(
      0,
    );
    expect(operationMaxAge(schema, parse('{ campaigns { nodes { title leadOrganisation { name } } } }'))).toBe(0);
    expect(operationMaxAge(schema, parse('{ __typename }'))).toBe(0);
  });
});
