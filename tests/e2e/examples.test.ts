import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const files = readdirSync(EXAMPLES).filter((file) => file.endsWith('.graphql'));

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

/** The README's example operations for each reader group run against the demo data without errors. */
describe('example operations', () => {
  it('has one for each reader group', () => {
    expect(files.sort()).toEqual([
      'analyst-search-and-explore.graphql',
      'bridge-regions-side-by-side.graphql',
      'frontend-working-groups-page.graphql',
    ]);
  });

  it.each(files)('%s runs without errors and finds data', async (file) => {
    const { status, body } = await postGraphql<Record<string, unknown>>(
      stack.gateway.url,
      readFileSync(path.join(EXAMPLES, file), 'utf8'),
      {},
      { 'accept-language': 'ckb' },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const text = JSON.stringify(body.data);
    expect(text.length).toBeGreaterThan(500);
  });

  it('the frontend page shows Kurdish names and pseudonyms, the analyst search finds civil-peace records', async () => {
    const page = await postGraphql<{ workingGroups: { totalCount: number; nodes: Array<{ name: string }> } }>(
      stack.gateway.url,
      readFileSync(path.join(EXAMPLES, 'frontend-working-groups-page.graphql'), 'utf8'),
      {},
      { 'accept-language': 'ckb' },
    );
    expect(page.body.data!.workingGroups.totalCount).toBe(5);
    expect(page.body.data!.workingGroups.nodes[0].name).toMatch(/^گرووپی کاری گەنجان/);
    const search = await postGraphql<{ search: { recommendations: { nodes: Array<{ title: string }> } } }>(
      stack.gateway.url,
      readFileSync(path.join(EXAMPLES, 'analyst-search-and-explore.graphql'), 'utf8'),
    );
    expect(search.body.data!.search.recommendations.nodes.length).toBeGreaterThan(0);
  });
});
