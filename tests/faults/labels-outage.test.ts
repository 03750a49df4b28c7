import { DEMO_PROGRAMME_SLUG } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';

/**
 * Labels and the programme gather fields from every subgraph: with one subgraph down, the others'
 * parts still arrive (the fields a subgraph adds to another's entity are nullable).
 */
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ gateway: { resilience: { timeoutMs: 1500 } } });
  await stack.subgraphs.campaigns.stop();
}, 120_000);

afterAll(async () => {
  await stack?.dispose();
});

describe('with the campaigns subgraph down', () => {
  it('still gives every other enum’s labels, with a masked error for the campaigns’ lists', async () => {
    const { status, body } = await postGraphql<{ labels: Record<string, Array<{ value: string; label: string }> | null> }>(
      stack.gateway.url,
      `{ labels(locale: ckb) { themes { value label } campaignStatuses { value label } forumSeasonStatuses { value label } councilSectors { value label } } }`,
    );
    expect(status).toBe(200);
    const labels = body.data!.labels;
    expect(labels.campaignStatuses).toBeNull();
    expect(labels.themes).toHaveLength(8);
    expect(labels.forumSeasonStatuses).toHaveLength(3);
    expect(labels.councilSectors).toHaveLength(7);
    expect(body.errors!.map((error) => error.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
  });

  it('still gives the programme with its forums and councils; its campaigns are null', async () => {
    const { status, body } = await postGraphql<{ programmeBySlug: Record<string, unknown> }>(
      stack.gateway.url,
      `{ programmeBySlug(slug: "${DEMO_PROGRAMME_SLUG}") { slug campaigns(first: 5) { totalCount } forums { slug } cohesionCouncils { slug } } }`,
    );
    expect(status).toBe(200);
    expect(body.data!.programmeBySlug).toMatchObject({ slug: DEMO_PROGRAMME_SLUG, campaigns: null });
    expect(body.data!.programmeBySlug.forums).toHaveLength(2);
    expect(body.data!.programmeBySlug.cohesionCouncils).toHaveLength(5);
    expect(body.errors![0].extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
  });
});
