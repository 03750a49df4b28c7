import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { postGraphql } from '@icssi/test-kit/test-subgraph';

/**
 * Logs: one request id from the client (or the gateway) through every subgraph it reaches.
 * Metrics: /metrics on the gateway's and each subgraph's metrics port, in Prometheus text format.
 */
let stack: TestStack;
const lines: Array<Record<string, unknown>> = [];
let restore: () => void;

beforeAll(async () => {
  // This file reads the JSON logs, which the rest of the suite keeps silent.
  const level = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'info';
  const write = process.stdout.write.bind(process.stdout);
  const capture = (chunk: unknown): boolean => {
    for (const line of String(chunk).split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        lines.push(JSON.parse(line));
      } catch {
        // not one of ours
      }
    }
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  restore = () => {
    process.stdout.write = write;
    if (level === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = level;
  };
  stack = await startTestStack();
}, 120_000);

afterAll(async () => {
  restore?.();
  await stack?.dispose();
});

const QUERY = `query WorkingGroupsWithEverything { workingGroups { nodes { name campaigns { nodes { slug } } hostOrganisation { name forumSeasons { nodes { number } } headquarters { cohesionCouncils { name } } } } } }`;

describe('observability', () => {
  it('logs one request id in the gateway and in every subgraph the request reaches', async () => {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-0001' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-me-0001');
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    const services = new Set(
      lines.filter((line) => line.msg === 'graphql request' && line.requestId === 'trace-me-0001').map((line) => line.service),
    );
    expect([...services].sort()).toEqual(['campaigns', 'cohesion-councils', 'forum-seasons', 'gateway', 'organisations']);
  });

  it('serves Prometheus metrics: requests by operation and outcome, latency, subgraph fetches, database pool', async () => {
    await postGraphql(stack.gateway.url, QUERY);
    const response = await fetch(stack.gateway.metricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^icssi_graphql_requests_total\{service="gateway",operation="WorkingGroupsWithEverything",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(
      /^icssi_graphql_request_duration_seconds_bucket\{le="\+Inf",service="gateway",operation="WorkingGroupsWithEverything"\} [1-9]/m,
    );
    expect(text).toMatch(/^icssi_subgraph_fetch_duration_seconds_count\{subgraph="campaigns",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^icssi_subgraph_circuit_open\{subgraph="campaigns"\} 0$/m);
    expect(text).toMatch(/^icssi_db_pool_connections\{service="organisations",state="total"\} [1-9]/m);
    expect(text).toMatch(/^icssi_process_resident_memory_bytes /m);
    // A subgraph serves its own (same process here, so the same registry); no authentication needed.
    const subgraph = await fetch(stack.subgraphs.campaigns.metricsUrl);
    expect(subgraph.status).toBe(200);
    expect(await subgraph.text()).toMatch(/^icssi_graphql_requests_total\{service="campaigns",/m);
  });

  it('labels client-chosen operation names safely', async () => {
    await postGraphql(stack.gateway.url, `query Weird_Name_${'x'.repeat(80)} { __typename }`);
    const text = await (await fetch(stack.gateway.metricsUrl)).text();
    expect(text).not.toContain('x'.repeat(80));
    expect(text).toMatch(/operation="other"/);
  });
});
