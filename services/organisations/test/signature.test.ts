import { ANONYMOUS_VIEWER, CONTEXT_HEADER, Locale, contextSecret, requestDigest, signContext } from '@icssi/platform';
import { organisationsService } from '@icssi/organisations';
import { postGraphql, signedHeaders, signedRequestHeaders, startTestSubgraph, type TestSubgraph } from '@icssi/test-kit/test-subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(organisationsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { slug } } }`;
const representations = { r: [{ __typename: 'Organisation', id: '00000000-0000-4000-8000-000000000000' }] };
const BODY = JSON.stringify({ query: ENTITIES, variables: representations });

/** A complete context for this subgraph and BODY, with fields to override. */
function context(overrides: Record<string, unknown> = {}) {
  return {
    viewer: ANONYMOUS_VIEWER,
    locale: Locale.en,
    requestId: 'x',
    issuedAt: Date.now(),
    audience: 'organisations',
    digest: requestDigest('POST', '/graphql', BODY),
    nonce: `nonce-${Math.random().toString(36).slice(2)}-0000`,
    ...overrides,
  };
}

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

  it('refuses a header signed with another secret, a forged one, an old one and one without audience', async () => {
    const now = Date.now();
    const forged = signContext(context(), 'guessed-secret');
    expect((await postGraphql(subgraph.url, ENTITIES, representations, { [CONTEXT_HEADER]: forged })).status).toBe(401);
    expect((await postGraphql(subgraph.url, ENTITIES, representations, { [CONTEXT_HEADER]: 'e30.AAAA' })).status).toBe(401);
    const [payload, signature] = signedRequestHeaders(subgraph.url, BODY)[CONTEXT_HEADER].split('.');
    const tampered = `${payload.slice(0, -2)}AA.${signature}`;
    expect((await postGraphql(subgraph.url, ENTITIES, representations, { [CONTEXT_HEADER]: tampered })).status).toBe(401);
    // Older than the few seconds a context lives.
    const old = signContext(context({ issuedAt: now - 10_000 }), contextSecret());
    expect((await postGraphql(subgraph.url, ENTITIES, representations, { [CONTEXT_HEADER]: old })).status).toBe(401);
    const noAudience = signContext(context({ audience: undefined }), contextSecret());
    expect((await postGraphql(subgraph.url, ENTITIES, representations, { [CONTEXT_HEADER]: noAudience })).status).toBe(401);
    // The same context, complete and fresh, is accepted: the refusals above are for what they say.
    const good = signContext(context(), contextSecret());
    expect((await postGraphql(subgraph.url, ENTITIES, representations, { [CONTEXT_HEADER]: good })).status).toBe(200);
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
