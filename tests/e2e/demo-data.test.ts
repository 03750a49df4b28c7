import { createLogger } from '@icssi/platform';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

const TABLES: Record<keyof TestStack['subgraphs'], string[]> = {
  organisations: [
    'governorate',
    'organisation',
    'organisation_governorate',
    'programme',
    'programme_partner',
    'working_group',
    'partnership',
    'person',
    'membership',
  ],
  campaigns: ['campaign', 'campaign_action', 'campaign_partner', 'campaign_recommendation'],
  'forum-seasons': ['forum', 'forum_season', 'forum_season_participant', 'forum_session', 'forum_session_organiser', 'recommendation'],
  'cohesion-councils': [
    'cohesion_council',
    'council_member',
    'council_meeting',
    'meeting_recommendation',
    'implementation',
    'implementation_update',
  ],
};

async function snapshot(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (const [service, tables] of Object.entries(TABLES)) {
    const dataSource = stack.subgraphs[service as keyof TestStack['subgraphs']].dataSource;
    for (const table of tables) {
      // Every row, in a stable order, including versions and update times: nothing may change.
      result[table] = await dataSource.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`);
    }
  }
  return result;
}

describe('demo data', () => {
  it('covers every entity: 5 organisations, 10 working groups, 2 forums with 5 seasons, councils in 5 governorates, …', async () => {
    const counts = async (service: keyof TestStack['subgraphs'], table: string) =>
      Number((await stack.subgraphs[service].dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
    expect(await counts('organisations', 'governorate')).toBe(19);
    expect(await counts('organisations', 'organisation')).toBe(5);
    expect(await counts('organisations', 'working_group')).toBe(10);
    expect(await counts('organisations', 'programme')).toBe(1);
    expect(await counts('organisations', 'working_group WHERE programme_id IS NULL')).toBe(0);
    expect(await counts('campaigns', 'campaign')).toBe(11);
    expect(await counts('forum-seasons', 'forum')).toBe(2);
    expect(await counts('forum-seasons', 'forum_season')).toBe(5);
    expect(await counts('forum-seasons', 'recommendation')).toBe(5);
    expect(await counts('cohesion-councils', 'cohesion_council')).toBe(5);
    expect(await counts('cohesion-councils', 'implementation')).toBe(5);
    // every table of every service has demo rows
    for (const [service, tables] of Object.entries(TABLES)) {
      for (const table of tables) expect([table, await counts(service as keyof TestStack['subgraphs'], table)]).not.toEqual([table, 0]);
    }
    // people in the demo data are fictional and flagged as such
    expect(await counts('organisations', 'person WHERE NOT is_demo')).toBe(0);
  });

  it('is idempotent: seeding every service again changes nothing', async () => {
    const before = await snapshot();
    const logger = createLogger({ service: 'seed-test' });
    for (const subgraph of Object.values(stack.subgraphs)) await subgraph.definition.seed(subgraph.dataSource, logger);
    expect(await snapshot()).toEqual(before);
  });

  it('brings a database seeded by an earlier release forward, but never overwrites an editor’s change', async () => {
    const campaigns = stack.subgraphs.campaigns.dataSource;
    const summaryOf = async (slug: string) => (await campaigns.query(`SELECT summary, version FROM campaign WHERE slug = $1`, [slug]))[0];
    const current = await summaryOf('speak-freely-kurdistan');
    const earlier = JSON.stringify({ en: { value: 'An earlier release’s summary', provenance: 'HUMAN' } });
    // As an earlier release left it: seeded, never edited (version 1).
    await campaigns.query(`UPDATE campaign SET summary = $1 WHERE slug = 'speak-freely-kurdistan'`, [earlier]);
    // Edited by an editor since (the version moved on).
    await campaigns.query(`UPDATE campaign SET summary = $1, version = version + 1 WHERE slug = 'neighbours-not-strangers'`, [earlier]);
    // A demo record an earlier release did not have.
    await campaigns.query(`DELETE FROM campaign_action WHERE id = (SELECT id FROM campaign_action ORDER BY id LIMIT 1)`);
    const actionsBefore = Number((await campaigns.query(`SELECT count(*) AS n FROM campaign_action`))[0].n);

    await stack.subgraphs.campaigns.definition.seed(campaigns, createLogger({ service: 'seed-test' }));

    expect(await summaryOf('speak-freely-kurdistan')).toEqual(current);
    expect(await summaryOf('neighbours-not-strangers')).toEqual({ summary: JSON.parse(earlier), version: 2 });
    expect(Number((await campaigns.query(`SELECT count(*) AS n FROM campaign_action`))[0].n)).toBe(actionsBefore + 1);
  });
});
