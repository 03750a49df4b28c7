import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { Region, Role, createLogger, dropDatabase } from '@icssi/platform';
import { backupDatabases, restoreDatabases } from '../../stack/src/backup/backup';
import { SUBGRAPHS } from '../../stack/src/subgraphs';
import { plannedFederalCampaign } from '@icssi/test-kit/campaign-input';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { bearer } from '@icssi/test-kit/tokens';

/** Backup → wipe (drop every service database) → restore: every record of every table is back. */
let stack: TestStack;
let folder: string;
let databases: Record<string, string>;
const logger = createLogger({ service: 'backup-test' });

beforeAll(async () => {
  stack = await startTestStack();
  databases = Object.fromEntries(Object.values(stack.subgraphs).map((subgraph) => [subgraph.name, subgraph.databaseUrl]));
  folder = mkdtempSync(path.join(os.tmpdir(), 'icssi-backup-'));
}, 120_000);

afterAll(async () => {
  await stack?.dispose();
  await Promise.all(Object.values(databases ?? {}).map((url) => dropDatabase(url)));
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Every table of a database: row count and a checksum over all rows (generated columns included). */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
    );
    const result: Record<string, string> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query(
        `SELECT count(*) AS n, md5(coalesce(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text), '')) AS sum FROM "${tablename}" t`,
      );
      result[tablename] = `${rows[0].n}:${rows[0].sum}`;
    }
    const sequences = await client.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'`);
    for (const row of sequences.rows) result[`sequence ${row.sequencename}`] = String(row.last_value);
    return result;
  } finally {
    await client.end();
  }
}

describe('npm run backup / npm run restore', () => {
  it('brings back every record of every service database after they were dropped', async () => {
    // Data written through the API, with an audit record and an idempotency key, besides the demo data.
    const { body } = await postGraphql<{ createCampaign: { campaign: { id: string } | null } }>(
      stack.gateway.url,
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } userErrors { code } } }`,
      {
        input: plannedFederalCampaign({
          idempotencyKey: 'backup-test',
          slug: 'backed-up-campaign',
          title: { ar: 'حملة محفوظة', en: 'A campaign in the backup' },
        }),
      },
      await bearer(Role.EDITOR, Region.FEDERAL_IRAQ),
    );
    expect(body.data?.createCampaign.campaign?.id).toEqual(expect.any(String));

    const before: Record<string, Record<string, string>> = {};
    for (const [service, url] of Object.entries(databases)) before[service] = await fingerprint(url);
    const manifest = await backupDatabases(databases, folder, logger);
    expect(Object.keys(manifest.services).sort()).toEqual(['campaigns', 'cohesion-councils', 'forum-seasons', 'organisations']);
    expect(manifest.services.campaigns.tables.campaign).toBeGreaterThan(5);
    expect(readFileSync(path.join(folder, 'campaigns.jsonl'), 'utf8')).toContain('backed-up-campaign');

    // Wipe: the subgraphs stop and their databases are dropped.
    await Promise.all(Object.values(stack.subgraphs).map((subgraph) => subgraph.stop()));
    for (const url of Object.values(databases)) await dropDatabase(url);

    await restoreDatabases(SUBGRAPHS, databases, folder, logger);
    for (const [service, url] of Object.entries(databases)) {
      const after = await fingerprint(url);
      expect({ service, tables: after }).toEqual({ service, tables: before[service] });
      expect(Object.keys(after).length).toBeGreaterThan(3);
    }
  });
});
