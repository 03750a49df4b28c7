import { ANONYMOUS_VIEWER, CONTEXT_HEADER, Locale, contextSecret, signContext } from '@icssi/platform';
import { organisationsService } from '@icssi/organisations';
import { postGraphql, signedHeaders, startTestSubgraph, TestSubgraph } from '../../../tests/kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(organisationsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { slug } } }`;
const representations = { r: [{ __typename: 'Organisation', id: '00000000-0000-4000-8000-000000000000' }] };

describe('only the gateway may query a subgraph', () => {
  it('refuses an unsigned request with 401 and no data', async () => {
    const before = subgraph.sqlCounter.count;
    const { status, body } = await postGraphql(subgraph.url, `{ organisations { slug } }`);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const entities = await postGraphql(subgraph.url, ENTITIES, representations);
    expect(entities.status).toBe(401);
    expect(subgraph.sqlCounter.count).toBe(before);
  });

  it('refuses a header signed with another secret, a forged one and an old one', async () => {
    const now = Date.now();
    const forged = signContext({ viewer: ANONYMOUS_VIEWER, locale: Locale.en, requestId: 'x', issuedAt: now }, 'guessed-secret');
    expect((await postGraphql(subgraph.url, ENTITIES, representations, { [CONTEXT_HEADER]: forged })).status).toBe(401);
    expect((await postGraphql(subgraph.url, ENTITIES, representations, { [CONTEXT_HEADER]: 'e30.AAAA' })).status).toBe(401);
    const [payload, signature] = signedHeaders()[CONTEXT_HEADER].split('.');
    const tampered = `${payload.slice(0, -2)}AA.${signature}`;
    expect((await postGraphql(subgraph.url, ENTITIES, representations, { [CONTEXT_HEADER]: tampered })).status).toBe(401);
    const old = signContext({ viewer: ANONYMOUS_VIEWER, locale: Locale.en, requestId: 'x', issuedAt: now - 10 * 60_000 }, contextSecret());
    expect((await postGraphql(subgraph.url, ENTITIES, representations, { [CONTEXT_HEADER]: old })).status).toBe(401);
  });

  it('answers a signed request, and health checks without a signature', async () => {
    const { status, body } = await postGraphql(subgraph.url, ENTITIES, representations, signedHeaders());
    expect(status).toBe(200);
    expect(body.data).toEqual({ _entities: [null] });
    const base = subgraph.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
  });
});
