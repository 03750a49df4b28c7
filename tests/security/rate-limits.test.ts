import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type RunningGateway, startGateway } from '@icssi/gateway';
import { Role, createLogger, graphqlRequests } from '@icssi/platform';
import { freePort } from '@icssi/test-kit/free-port';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';
import type { RateLimitConfig } from '../../gateway/src/rate-limit/rate-limit-config';

/**
 * Rate limits at the gateway (issue 15, point 5): budgets per client address and per token,
 * weighed by query cost, 429 with Retry-After, recovery after the window, one budget for every
 * replica through Redis.
 */
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const FRONTEND_PAGE = readFileSync(path.resolve(__dirname, '../../examples/frontend-working-groups-page.graphql'), 'utf8');

let stack: TestStack;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.stop()));
  await stack?.dispose();
});

/** Another gateway over the stack's subgraphs, with its own budgets. */
async function gatewayWith(rateLimit: Partial<RateLimitConfig>): Promise<RunningGateway> {
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    logger: createLogger({ service: 'gateway' }),
    // A key prefix of its own, so runs sharing a Redis do not share budgets.
    rateLimit: { keyPrefix: `test-${randomUUID()}`, ...rateLimit },
  });
  gateways.push(gateway);
  return gateway;
}

const post = (gateway: RunningGateway, query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) =>
  fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

async function burst(gateway: RunningGateway, count: number, headers: Record<string, string> = {}): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await post(gateway, '{ __typename }', headers);
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  return statuses;
}

async function expect429(response: Response): Promise<number> {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
  const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
  expect(body.data ?? null).toBeNull();
  expect(body.errors[0]).toEqual({
    message: expect.stringMatching(/^Too many requests: try again in \d+ s\.$/),
    extensions: { code: 'RATE_LIMITED' },
  });
  return retryAfter;
}

describe('per client address', () => {
  it('answers 429 with Retry-After once a burst spends the budget, and serves again after it', async () => {
    const gateway = await gatewayWith({ addressPoints: 5, windowSeconds: 2 });
    expect(await burst(gateway, 5)).toEqual([200, 200, 200, 200, 200]);
    const retryAfter = await expect429(await post(gateway, '{ __typename }'));
    expect(retryAfter).toBeLessThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
    expect(await burst(gateway, 1)).toEqual([200]);
  });

  it('does not believe X-Forwarded-For from a client, only from a trusted proxy', async () => {
    const direct = await gatewayWith({ addressPoints: 3 });
    const spoofed = (i: number) => ({ 'x-forwarded-for': `198.51.100.${i}` });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post(direct, '{ __typename }', spoofed(i))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Behind a proxy on 127.0.0.1 (trusted), each forwarded client has its own budget.
    const proxied = await gatewayWith({ addressPoints: 3, trustedProxies: ['127.0.0.1', '::1'] });
    const forwarded = [];
    for (let i = 0; i < 4; i += 1) forwarded.push((await post(proxied, '{ __typename }', spoofed(i))).status);
    expect(forwarded).toEqual([200, 200, 200, 200]);
    expect(await burst(proxied, 4, spoofed(9))).toEqual([200, 200, 200, 429]);
  });
});

describe('per token', () => {
  it("a token's burst spends its own budget, not another token's or the public's", async () => {
    const gateway = await gatewayWith({ addressPoints: 1000, tokenPoints: 4 });
    const member = await bearer(Role.MEMBER);
    expect(await burst(gateway, 4, member)).toEqual([200, 200, 200, 200]);
    await expect429(await post(gateway, '{ __typename }', member));
    expect(await burst(gateway, 2, await bearer(Role.BRIDGE))).toEqual([200, 200]);
    expect(await burst(gateway, 2)).toEqual([200, 200]);
  });
});

describe('weighed by cost', () => {
  it('a costly query draws 1 point per 1,000 of its cost; the refused one reaches no subgraph and is not charged', async () => {
    const gateway = await gatewayWith({ addressPoints: 40, costPerPoint: 1000 });
    const variables = { region: 'FEDERAL_IRAQ', first: 100 };
    // The frontend page of 100 groups costs 25,601: 1 point on arrival + 25.
    const first = await post(gateway, FRONTEND_PAGE, {}, variables);
    expect(first.status).toBe(200);
    const served = async () =>
      (await graphqlRequests.get()).values.filter((v) => v.labels.service !== 'gateway').reduce((sum, v) => sum + v.value, 0);
    const before = await served();
    await expect429(await post(gateway, FRONTEND_PAGE, {}, variables));
    expect(await served()).toBe(before);
    // Cheap requests still fit in what is left: 40 − 26 − 1 (the refused one's arrival) = 13.
    expect(await burst(gateway, 14)).toEqual([...Array(13).fill(200), 429]);
  });
});

describe('shared by gateway replicas through Redis', () => {
  it('a budget spent through one replica is spent for the other', async () => {
    const keyPrefix = `test-${randomUUID()}`;
    const [a, b] = [
      await gatewayWith({ addressPoints: 4, redisUrl: REDIS_URL, keyPrefix }),
      await gatewayWith({ addressPoints: 4, redisUrl: REDIS_URL, keyPrefix }),
    ];
    expect([...(await burst(a, 2)), ...(await burst(b, 2))]).toEqual([200, 200, 200, 200]);
    await expect429(await post(a, '{ __typename }'));
    await expect429(await post(b, '{ __typename }'));
  });

  it('with Redis unreachable each replica keeps limiting on its own, and nothing fails', async () => {
    const gateway = await gatewayWith({ addressPoints: 3, redisUrl: `redis://127.0.0.1:${await freePort()}` });
    expect(await burst(gateway, 4)).toEqual([200, 200, 200, 429]);
  });
});
