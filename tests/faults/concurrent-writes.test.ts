import { Client } from 'pg';
import { demoCampaignId } from '@icssi/campaigns';
import { type RunningGateway } from '@icssi/gateway';
import { Region, Role } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { plannedFederalCampaign } from '@icssi/test-kit/campaign-input';
import { bearer } from '@icssi/test-kit/tokens';
import { type ServiceProcess, sleep, stopProcess } from './kit/processes';
import { type CampaignsProcessGraph, startCampaignsProcessGraph } from './kit/campaigns-process-graph';

/**
 * 20 editors update the same campaign with the same version, and 20 create a campaign each, while
 * the campaigns subgraph is killed and restarted. Clients retry what failed (as a frontend would,
 * with the same idempotency key). Afterwards: exactly one update applied, every campaign exactly once.
 */
let graph: CampaignsProcessGraph;
let campaigns: ServiceProcess;
let campaignsDatabase: string;
let gateway: RunningGateway;

beforeAll(async () => {
  graph = await startCampaignsProcessGraph();
  ({ campaigns, campaignsDatabase, gateway } = graph);
}, 120_000);

afterAll(async () => {
  await graph?.stop(campaigns);
});

const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { id version } userErrors { code } } }`;
const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id slug } userErrors { code field } } }`;
type Payload = { campaign: { id: string; version?: number; slug?: string } | null; userErrors: Array<{ code: string }> };

/** Sends until the graph gives a definite answer; an outage (masked, or no connection) is retried. */
async function untilAnswered(
  query: string,
  input: Record<string, unknown>,
  headers: Record<string, string>,
  delayMs: number,
): Promise<{ payload: Payload; attempts: number }> {
  // Writers start one after another, so writes are sent before, during and after the restart.
  await sleep(delayMs);
  for (let attempt = 1; attempt <= 300; attempt += 1) {
    const { status, body } = await postGraphql<Record<string, Payload>>(gateway.url, query, { input }, headers);
    expect(status).toBe(200);
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes.every((code) => code === 'SUBGRAPH_UNAVAILABLE' || code === 'UNAVAILABLE')).toBe(true);
    const payload = body.data ? Object.values(body.data)[0] : null;
    if (payload && !codes.length) return { payload, attempts: attempt };
    await sleep(100);
  }
  throw new Error('no answer after 300 attempts');
}

async function campaignsDb<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: campaignsDatabase });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('concurrent conflicting writes during a subgraph restart', () => {
  it('applies exactly one of 20 conflicting updates and creates each of 20 campaigns exactly once', async () => {
    const editor = await bearer(Role.EDITOR, Region.FEDERAL_IRAQ);
    const id = demoCampaignId('open-budgets-baghdad');
    const [{ version }] = await campaignsDb<{ version: number }>(`SELECT version FROM campaign WHERE id = $1`, [id]);
    const [{ n: before }] = await campaignsDb<{ n: number }>(`SELECT count(*)::int AS n FROM campaign`);

    const titles = Array.from({ length: 20 }, (_, i) => `Open budgets, edit ${i}`);
    const updates = titles.map((title, i) => untilAnswered(UPDATE, { id, version, title: { en: title } }, editor, i * 20));
    const creates = Array.from({ length: 20 }, (_, i) =>
      untilAnswered(
        CREATE,
        plannedFederalCampaign({
          idempotencyKey: `restart-create-${i}`,
          slug: `restart-campaign-${i}`,
          title: { en: `Campaign written during a restart ${i}` },
        }),
        editor,
        i * 20,
      ),
    );
    // The restart, while the 40 writes are under way: once the first of them have committed.
    let committedBeforeKill = 0;
    for (let poll = 0; poll < 400 && committedBeforeKill < 3; poll += 1) {
      [{ n: committedBeforeKill }] = await campaignsDb<{ n: number }>(
        `SELECT count(*)::int AS n FROM campaign WHERE slug LIKE 'restart-campaign-%'`,
      );
      if (committedBeforeKill < 3) await sleep(5);
    }
    await stopProcess(campaigns, 'SIGKILL');
    campaigns = await graph.startCampaigns();

    const updateResults = await Promise.all(updates);
    const createResults = await Promise.all(creates);
    const retried = [...updateResults, ...createResults].filter((result) => result.attempts > 1).length;

    // Updates: at most one client was told it won (a winner whose answer was lost sees CONFLICT on retry).
    const winners = updateResults.filter((result) => result.payload.campaign);
    expect(winners.length).toBeLessThanOrEqual(1);
    for (const result of updateResults) {
      if (!result.payload.campaign) expect(result.payload.userErrors.map((error) => error.code)).toEqual(['CONFLICT']);
    }
    const [row] = await campaignsDb<{ version: number; title: { en: { value: string } } }>(
      `SELECT version, title FROM campaign WHERE id = $1`,
      [id],
    );
    expect(row.version).toBe(version + 1);
    expect(titles).toContain(row.title.en.value);
    if (winners.length) expect(winners[0].payload.campaign!.version).toBe(version + 1);
    const audits = await campaignsDb(`SELECT 1 FROM audit_log WHERE operation = 'updateCampaign' AND entity_id = $1`, [id]);
    expect(audits).toHaveLength(1);

    // Creates: every client has its campaign, each stored once.
    for (const [i, result] of createResults.entries()) {
      expect(result.payload.userErrors).toEqual([]);
      expect(result.payload.campaign?.slug).toBe(`restart-campaign-${i}`);
    }
    const stored = await campaignsDb<{ id: string; slug: string }>(
      `SELECT id, slug FROM campaign WHERE slug LIKE 'restart-campaign-%' ORDER BY slug`,
    );
    expect(stored).toHaveLength(20);
    expect(new Set(stored.map((campaign) => campaign.slug)).size).toBe(20);
    for (const result of createResults) expect(stored.map((campaign) => campaign.id)).toContain(result.payload.campaign!.id);
    const [{ n: after }] = await campaignsDb<{ n: number }>(`SELECT count(*)::int AS n FROM campaign`);
    expect(after).toBe(before + 20);
    expect(committedBeforeKill).toBeGreaterThanOrEqual(3);
    expect(retried).toBeGreaterThan(0);
    console.log(
      `concurrent writes: ${committedBeforeKill} creates committed before the kill, ${winners.length} update acknowledged of 20, ${retried} of 40 writes retried across the restart, 20 campaigns stored once each`,
    );
  }, 120_000);
});
