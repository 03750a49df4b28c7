import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

const raw = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(stack.gateway.url, { method: 'POST', headers, body });

/** Bad requests are the client's mistake: a 4xx with a clear message, never a 500 or internals. */
describe('malformed requests at the gateway', () => {
  it.each([
    ['invalid JSON', () => raw('{"query":'), 400],
    ['two operations and no operation name', () => raw(JSON.stringify({ query: 'query A { __typename } query B { __typename }' })), 400],
    ['an unknown operation name', () => raw(JSON.stringify({ query: 'query A { __typename }', operationName: 'B' })), 400],
    ['a form post (CSRF)', () => raw('query={__typename}', { 'content-type': 'application/x-www-form-urlencoded' }), 400],
    ['a GET without a query', () => fetch(stack.gateway.url, { headers: { 'apollo-require-preflight': 'true' } }), 400],
    ['too many tokens', () => raw(JSON.stringify({ query: `{${' __typename'.repeat(6000)} }` })), 400],
    ['a body over the size limit', () => raw(JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(200_000) })), 413],
    [
      'a variable of the wrong type',
      () => raw(JSON.stringify({ query: 'query($id: ID!) { organisation(id: $id) { slug } }', variables: { id: { a: 1 } } })),
      400,
    ],
  ])('%s → %p', async (_name, send, expected) => {
    const response = await send();
    expect(response.status).toBe(expected);
    const text = await response.text();
    expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace|\bat \w+ \(|127\.0\.0\.1/);
    expect(JSON.parse(text).errors.length).toBeGreaterThan(0);
  });

  it('does not suggest field names in validation errors', async () => {
    const { status, body } = await postGraphql(stack.gateway.url, '{ workingGroups { nodes { nme } } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toBe('Cannot query field "nme" on type "WorkingGroup".');
  });
});
