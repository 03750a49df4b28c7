import { readFileSync } from 'node:fs';
import { type RunningGateway, startGateway } from '@icssi/gateway';
import { Role, createLogger } from '@icssi/platform';
import { loadClientOperations } from '../../clients/src/client-operations';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { bearer } from '@icssi/test-kit/tokens';

const operations = loadClientOperations();
const kurdistanPage = operations.find((operation) => operation.name === 'SiteWorkingGroups')!;
const kurdistanVariables = { region: 'KURDISTAN_REGION', first: 20 };
const FREE_QUERY = '{ governorates { totalCount } }';

let stack: TestStack;
let openGateway: RunningGateway;

beforeAll(async () => {
  stack = await startTestStack({ gateway: { persisted: { safelist: true } } });
  // A second gateway over the same subgraphs with the safelist off (the development default).
  openGateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    logger: createLogger({ service: 'gateway' }),
    persisted: { safelist: false },
  });
});

afterAll(async () => {
  await openGateway?.stop();
  await stack?.dispose();
});

function persistedExtension(id: string) {
  return { persistedQuery: { version: 1, sha256Hash: id } };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

async function get(url: string, params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const search = new URLSearchParams(
    Object.entries(params).map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  const response = await fetch(`${url}?${search}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

describe('persisted operations, safelist mode on', () => {
  it('runs a persisted operation sent by id over POST, for the public', async () => {
    const { status, body } = await post(
      stack.gateway.url,
      { variables: kurdistanVariables, extensions: persistedExtension(kurdistanPage.id) },
      { 'accept-language': 'ckb' },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.workingGroups.totalCount).toBe(5);
    expect(body.data!.workingGroups.nodes[0].nameText.value).toMatch(/^گرووپی کاری گەنجان/);
  });

  it('runs a persisted operation sent by id over GET, with variables', async () => {
    const { status, body } = await get(stack.gateway.url, {
      operationName: 'SiteWorkingGroups',
      variables: { region: 'KURDISTAN_REGION', theme: 'FREEDOM_OF_EXPRESSION', first: 2 },
      extensions: persistedExtension(kurdistanPage.id),
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.workingGroups.nodes.length).toBeGreaterThan(0);
    expect(body.data!.workingGroups.nodes.length).toBeLessThanOrEqual(2);
  });

  it('accepts the exact persisted text as well', async () => {
    const { status, body } = await postGraphql(stack.gateway.url, kurdistanPage.body, kurdistanVariables);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('refuses any other operation from the public with 403 QUERY_NOT_IN_SAFELIST, over POST and GET', async () => {
    const viaPost = await postGraphql(stack.gateway.url, FREE_QUERY);
    expect(viaPost.status).toBe(403);
    expect(viaPost.body.data).toBeUndefined();
    expect(viaPost.body.errors![0].extensions!.code).toBe('QUERY_NOT_IN_SAFELIST');
    expect(viaPost.body.errors![0].message).toMatch(/persisted/);
    const viaGet = await get(stack.gateway.url, { query: FREE_QUERY });
    expect(viaGet.status).toBe(403);
    expect(viaGet.body.errors![0].extensions!.code).toBe('QUERY_NOT_IN_SAFELIST');
    // A document that does not even parse is refused by the parser, still a 4xx and nothing runs.
    const garbage = await postGraphql(stack.gateway.url, '{ governorates {');
    expect(garbage.status).toBe(400);
    expect(garbage.body.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('an unknown id answers PERSISTED_QUERY_NOT_FOUND, and the public cannot register a new document', async () => {
    const unknown = await post(stack.gateway.url, { extensions: persistedExtension('0'.repeat(64)) });
    expect(unknown.body.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const { createHash } = await import('node:crypto');
    const id = createHash('sha256').update(FREE_QUERY).digest('hex');
    const register = await post(stack.gateway.url, { query: FREE_QUERY, extensions: persistedExtension(id) });
    expect(register.status).toBe(403);
    expect(register.body.errors![0].extensions!.code).toBe('QUERY_NOT_IN_SAFELIST');
    const again = await post(stack.gateway.url, { extensions: persistedExtension(id) });
    expect(again.body.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  // Each site operation with the largest variables the sites send (a full directory page, a long search).
  const worstCase = async (): Promise<Array<[string, Record<string, unknown>]>> => {
    const seasons = await postGraphql<{ forumSeasons: { nodes: Array<{ id: string }> } }>(
      stack.gateway.url,
      '{ forumSeasons(first: 1) { nodes { id } } }',
      {},
      await bearer(Role.BRIDGE),
    );
    return [
      ['SiteHome', { region: 'FEDERAL_IRAQ', today: '2020-01-01' }],
      ['SiteWorkingGroups', { region: 'KURDISTAN_REGION', theme: null, first: 100 }],
      ['SiteWorkingGroup', { slug: 'kr-freedom-of-expression' }],
      ['SiteCampaign', { slug: 'open-budgets-baghdad' }],
      ['SiteForumSeason', { id: seasons.body.data!.forumSeasons.nodes[0].id }],
      ['SiteGovernorate', { code: 'IQ-BG' }],
      ['SiteSearch', { query: 'السلام'.repeat(30) }],
      ['SiteLabels', { locale: 'kmr' }],
    ];
  };

  it('every site operation runs by id with its largest variables, within the gateway’s limits', async () => {
    const cases = await worstCase();
    expect(cases.map(([name]) => name).sort()).toEqual(operations.map((operation) => operation.name).sort());
    for (const [name, variables] of cases) {
      const operation = operations.find((candidate) => candidate.name === name)!;
      const { status, body } = await post(
        stack.gateway.url,
        { operationName: name, variables, extensions: persistedExtension(operation.id) },
        { 'accept-language': 'ckb' },
      );
      expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
      expect(Object.values(body.data!).every((value) => value !== undefined)).toBe(true);
    }
  });

  it('analysts with a token still send free queries', async () => {
    const { status, body } = await postGraphql<{ governorates: { totalCount: number } }>(
      stack.gateway.url,
      FREE_QUERY,
      {},
      await bearer(Role.BRIDGE),
    );
    expect(status).toBe(200);
    expect(body.data!.governorates.totalCount).toBe(19);
  });
});

describe('persisted operations, safelist mode off', () => {
  it('runs persisted ids and free queries alike', async () => {
    const byId = await get(openGateway.url, { variables: kurdistanVariables, extensions: persistedExtension(kurdistanPage.id) });
    expect(byId.status).toBe(200);
    expect(byId.body.data!.workingGroups.totalCount).toBe(5);
    const free = await postGraphql<{ governorates: { totalCount: number } }>(openGateway.url, FREE_QUERY);
    expect(free.status).toBe(200);
    expect(free.body.data!.governorates.totalCount).toBe(19);
  });
});

describe('persisted manifest loading', () => {
  it('refuses a manifest whose id is not the sha256 of its body', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { loadPersistedOperations } = await import('../../gateway/src/persisted/persisted-manifest');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'persisted-operations.json');
    const entry = { id: kurdistanPage.id, name: kurdistanPage.name, type: 'query', body: '{ people { nodes { contact { email } } } }' };
    writeFileSync(file, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [entry] }));
    expect(() => loadPersistedOperations(file)).toThrow(/is not the sha256 of its body/);
    writeFileSync(file, JSON.stringify({ ...entry }));
    expect(() => loadPersistedOperations(file)).toThrow(/not an Apollo persisted query manifest/);
  });
});
