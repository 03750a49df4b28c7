import http from 'node:http';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';

/**
 * Operations endpoints off the public port (issue 15, point 6): /metrics only on a port of its own,
 * bound to 127.0.0.1 by default, for the gateway and every subgraph; no route is reached through
 * `.`/`..` segments, encoded or not, backslashes or a second slash.
 */
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

/** A GET with the request target exactly as given (fetch and URL would normalise it first). */
function rawGet(port: number, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: target, method: 'GET', headers: { 'apollo-require-preflight': 'true' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

const servers = () => [
  ['gateway', stack.gateway.port, stack.gateway.metricsUrl] as const,
  ...Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.port, subgraph.metricsUrl] as const),
];
const METRIC = /icssi_graphql_requests_total|icssi_process_/;

describe('/metrics', () => {
  it('is not served on the public port of the gateway or of any subgraph', async () => {
    for (const [name, port] of servers()) {
      const response = await rawGet(port, '/metrics');
      expect({ name, status: response.status }).toEqual({ name, status: 404 });
      expect(response.body).not.toMatch(METRIC);
    }
  });

  it('is served on a port of its own, on 127.0.0.1 by default, for the gateway and every subgraph', async () => {
    for (const [name, port, metricsUrl] of servers()) {
      const url = new URL(metricsUrl);
      expect({ name, host: url.hostname, samePort: Number(url.port) === port }).toEqual({ name, host: '127.0.0.1', samePort: false });
      const response = await rawGet(Number(url.port), '/metrics');
      expect(response.status).toBe(200);
      expect(response.body).toMatch(METRIC);
      // Nothing else there.
      expect((await rawGet(Number(url.port), '/graphql')).status).toBe(404);
      expect((await rawGet(Number(url.port), '/metrics/../metrics')).status).toBe(404);
    }
  });
});

describe('paths that URL parsing would rewrite are refused, not routed', () => {
  it.each([
    '/graphql/../metrics',
    '/graphql/%2e%2e/metrics',
    '/graphql/%2E%2E/metrics',
    '/graphql/.%2e/metrics',
    '/graphql/./../healthz',
    '/./graphql',
    '/graphql\\..\\metrics',
    '//metrics',
    '/exports/../graphql?query=%7B__typename%7D',
  ])('%s → 400 on the gateway and every subgraph', async (target) => {
    for (const [name, port] of servers()) {
      const response = await rawGet(port, target);
      expect({ name, status: response.status }).toEqual({ name, status: 400 });
      expect(response.body).not.toMatch(METRIC);
      expect(JSON.parse(response.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('an absolute-form target (as sent to a proxy) is refused too', async () => {
    const response = await rawGet(stack.gateway.port, `http://127.0.0.1:${stack.gateway.port}/metrics`);
    expect(response.status).toBe(400);
  });

  it('ordinary paths still route: /healthz, /readyz and GraphQL over GET', async () => {
    expect((await rawGet(stack.gateway.port, '/healthz')).status).toBe(200);
    expect((await rawGet(stack.gateway.port, '/readyz')).status).toBe(200);
    const query = await rawGet(stack.gateway.port, `/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect([query.status, JSON.parse(query.body)]).toEqual([200, { data: { __typename: 'Query' } }]);
  });
});
