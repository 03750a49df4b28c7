import http from 'node:http';
import { readFileSync } from 'node:fs';
import { organisationsService } from '@icssi/organisations';
import { type RunningGateway, startGateway } from '@icssi/gateway';
import {
  ANONYMOUS_VIEWER,
  CONTEXT_HEADER,
  LOCKDOWN_PATH,
  Locale,
  Role,
  type RunningSubgraph,
  SYSTEM_VIEWER,
  type Viewer,
  close,
  contextSecret,
  createLogger,
  demoPersonId,
  listen,
  lockdownUrl,
  requestPath,
  signRequest,
  startSubgraph,
} from '@icssi/platform';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { registerAudience } from '@icssi/test-kit/test-subgraph';
import { bearer } from '@icssi/test-kit/tokens';

/**
 * Someone who can read the internal network sees the gateway's requests to the subgraphs. What they
 * capture must be good for nothing else: not with another body, not at another subgraph, not twice
 * (on any replica), and never at the internal lockdown endpoint.
 */
let stack: TestStack;
let gateway: RunningGateway;
let wiretap: http.Server;
let secondReplica: RunningSubgraph;
const captured: Array<{ header: string; body: string }> = [];

beforeAll(async () => {
  stack = await startTestStack();
  // A wiretap in front of the organisations subgraph: records what the gateway sends, passes it on.
  wiretap = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    captured.push({ header: String(request.headers[CONTEXT_HEADER]), body });
    const headers = {
      'content-type': 'application/json',
      [CONTEXT_HEADER]: String(request.headers[CONTEXT_HEADER]),
      'x-request-id': String(request.headers['x-request-id'] ?? 'r'),
    };
    const answer = await fetch(stack.subgraphs.organisations.url, { method: 'POST', headers, body });
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(await answer.text());
  });
  const port = await listen(wiretap, 0, '127.0.0.1');
  const urls = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url]));
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: { ...urls, organisations: `http://127.0.0.1:${port}/graphql` },
    logger: createLogger({ service: 'gateway' }),
    // The wiretap counts one capture per request: the cache's own reads of the lockdown list would add some.
    responseCache: { lockdownFollowMs: 0 },
  });
  // A second organisations replica over the same database: nonces are shared through it.
  secondReplica = await startSubgraph(organisationsService, {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: stack.subgraphs.organisations.databaseUrl,
    seed: 'never',
    lockdownSourceUrl: null,
    logger: createLogger({ service: 'organisations' }),
  });
  registerAudience(secondReplica.url, 'organisations');
});

afterAll(async () => {
  await gateway?.stop();
  if (wiretap) await close(wiretap, 1000);
  await secondReplica?.stop();
  await stack?.dispose();
});

/** One public request through the gateway (a new one each time: no response cache answers it); returns what the wiretap saw of it. */
let captures = 0;
async function capture(): Promise<{ header: string; body: string }> {
  const before = captured.length;
  captures += 1;
  const query = `{ organisations(first: ${captures}) { totalCount } }`;
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  expect(captured.length).toBe(before + 1);
  return captured[captured.length - 1];
}

async function replay(url: string, header: string, body: string): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: header }, body });
  await response.text();
  return response.status;
}

// What an attacker would rather ask with the captured header: a person's contact details.
const STEAL = JSON.stringify({
  query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { displayName contact { email phone } } } }`,
  variables: { r: [{ __typename: 'Person', id: demoPersonId('person-3') }] },
});

describe('a signed context captured on the internal network', () => {
  it('fails with another body, and is refused for it alone (the same header with its own body passes once)', async () => {
    const { header, body } = await capture();
    expect(header).toMatch(/^[\w-]+\.[\w-]+$/);
    // The gateway's own use of it has consumed the nonce; a fresh header is needed to isolate the body check.
    expect(await replay(stack.subgraphs.organisations.url, header, STEAL)).toBe(401);
    const fresh = signRequest(
      { viewer: ANONYMOUS_VIEWER, locale: Locale.en, requestId: 'r' },
      { audience: 'organisations', method: 'POST', path: '/graphql', body },
      contextSecret(),
    );
    expect(await replay(stack.subgraphs.organisations.url, fresh, STEAL)).toBe(401);
    expect(await replay(stack.subgraphs.organisations.url, fresh, body)).toBe(200);
  });

  it('fails at another subgraph (its audience is the one it was signed for)', async () => {
    const { header, body } = await capture();
    for (const name of ['campaigns', 'forum-seasons', 'cohesion-councils'] as const) {
      expect([name, await replay(stack.subgraphs[name].url, header, body)]).toEqual([name, 401]);
    }
    const fresh = signRequest(
      { viewer: ANONYMOUS_VIEWER, locale: Locale.en, requestId: 'r' },
      { audience: 'organisations', method: 'POST', path: '/graphql', body },
      contextSecret(),
    );
    expect(await replay(stack.subgraphs.campaigns.url, fresh, body)).toBe(401);
    expect(await replay(stack.subgraphs.organisations.url, fresh, body)).toBe(200);
  });

  it('fails on second use, on the same replica and on another replica of the subgraph', async () => {
    const { header, body } = await capture(); // used once, by the gateway
    expect(await replay(stack.subgraphs.organisations.url, header, body)).toBe(401);
    expect(await replay(secondReplica.url, header, body)).toBe(401);
    const fresh = signRequest(
      { viewer: ANONYMOUS_VIEWER, locale: Locale.en, requestId: 'r' },
      { audience: 'organisations', method: 'POST', path: '/graphql', body },
      contextSecret(),
    );
    expect(await replay(secondReplica.url, fresh, body)).toBe(200);
    expect(await replay(stack.subgraphs.organisations.url, fresh, body)).toBe(401);
  });
});

describe('/internal/lockdowns accepts the services’ system identity only', () => {
  const internal = (name: keyof TestStack['subgraphs']) => lockdownUrl(stack.subgraphs[name].url);
  const signedFor = (viewer: Viewer, audience: string, method: string, url: string, body: string) =>
    signRequest({ viewer, locale: Locale.en, requestId: 'r' }, { audience, method, path: requestPath(url), body }, contextSecret());

  it('refuses the anonymous context and a user’s, even an admin’s, to read or to replace a copy', async () => {
    expect(LOCKDOWN_PATH).toBe('/internal/lockdowns');
    const admin = { id: 'test-admin', roles: [Role.ADMIN], region: null };
    // A user who claims to be the system by name alone is still a user.
    const impostor = { id: SYSTEM_VIEWER.id, roles: [Role.ADMIN], region: null };
    for (const viewer of [ANONYMOUS_VIEWER, admin, impostor]) {
      const owner = internal('organisations');
      const read = await fetch(owner, { headers: { [CONTEXT_HEADER]: signedFor(viewer, 'organisations', 'GET', owner, '') } });
      expect([viewer.id, read.status]).toEqual([viewer.id, 403]);
      const copy = internal('cohesion-councils');
      const body = JSON.stringify({ version: 1_000_000, subjects: [] });
      const write = await fetch(copy, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: signedFor(viewer, 'cohesion-councils', 'POST', copy, body) },
        body,
      });
      expect([viewer.id, write.status]).toEqual([viewer.id, 403]);
    }
    // A captured gateway header (the anonymous context) fails there too: not the system identity
    // (nor the digest of this request, nor an unused nonce).
    const { header } = await capture();
    expect((await fetch(internal('organisations'), { headers: { [CONTEXT_HEADER]: header } })).status).toBe(403);
    expect(stack.subgraphs['cohesion-councils'].lockdown.version).toBeLessThan(1_000_000);
  });

  it('answers the system identity (the control case)', async () => {
    const owner = internal('organisations');
    const read = await fetch(owner, { headers: { [CONTEXT_HEADER]: signedFor(SYSTEM_VIEWER, 'organisations', 'GET', owner, '') } });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({ version: expect.any(Number), subjects: expect.any(Array) });
  });

  it('keeps user tokens from turning into the system identity at the gateway', async () => {
    const { status } = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await bearer(Role.ADMIN)) },
      body: JSON.stringify({ query: '{ organisations(first: 50) { totalCount } }' }),
    });
    expect(status).toBe(200);
    const [payload] = captured[captured.length - 1].header.split('.');
    const forwarded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    expect(forwarded.viewer.system).toBeUndefined();
    expect(forwarded).toMatchObject({ audience: 'organisations', nonce: expect.any(String), digest: expect.any(String) });
  });
});
