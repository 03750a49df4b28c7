import { type DataSource } from 'typeorm';
import { type GraphQLSchema } from 'graphql';
import { Role } from '@icssi/platform';
import { growWorkingGroups } from '@icssi/test-kit/generated-data';
import { type ConnectionField, type Ordering, apiSchema, connectionFields, lookupOf, rootListOf } from '@icssi/test-kit/schema-connections';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

/**
 * Every connection of the API, root and nested, in every order it offers (each `orderBy` field in
 * both directions, and the default), paged with small pages and compared with one large page:
 * nothing repeated, nothing lost, the walk ends, totalCount agrees. The connections are found in
 * the composed schema, so a new one is covered without being added here. The data is changed
 * directly in the databases so that timestamps differ below the millisecond, or are all equal, and
 * dates and localized texts tie.
 */

/** Records of types that no root list enumerates, by the key their lookup takes. */
const KNOWN_KEYS: Record<string, string[]> = {
  // Search results exist for any text: one letter matches most records of every kind; the others the generated records, and every record once the texts are made equal.
  SearchResults: ['a', 'generated', 'same text'],
};

const PAGE_SIZES = [1, 2, 3];
const WALKS_AT_ONCE = 4;
const LARGE = 100;

interface Edge {
  cursor: string;
  node: Record<string, string>;
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Edge[];
}

interface Target {
  connection: ConnectionField;
  ordering: Ordering;
  /** The lookup of the parent and its key value (none for root lists). */
  parent: { field: string; arg: string; argType: string; key: string } | null;
}

// Hundreds of walks of real requests through the gateway: minutes on a busy machine.
jest.setTimeout(300_000);

let stack: TestStack;
let schema: GraphQLSchema;
let headers: Record<string, string>;
const walked = new Set<string>();
let walks = 0;

beforeAll(async () => {
  // Large pages of nested lists for every parent cost more than the default limit allows.
  stack = await startTestStack({ gateway: { limits: { maxDepth: 12, maxAliases: 20, maxRootFields: 12, maxCost: 500_000 } } });
  await growWorkingGroups(stack, 0, 12);
  await addSiblings();
  schema = apiSchema();
  headers = { ...(await bearer(Role.ADMIN)), 'accept-language': 'en' };
});

afterAll(async () => {
  await stack?.dispose();
});

/** More items in the lists the generated records leave with one: an organisation's members, a group's campaigns, the programmes. */
async function addSiblings() {
  const organisations = stack.subgraphs.organisations.dataSource;
  for (const [n, start] of [
    [1, '2020-01-01'],
    [2, null],
  ] as const) {
    await organisations.query(`INSERT INTO programme (slug, name, start_date) VALUES ($1, $2, $3)`, [
      `generated-programme-${n}`,
      JSON.stringify({ en: { value: `Generated programme ${n}`, provenance: 'HUMAN' } }),
      start,
    ]);
  }
  const [{ organisation_id: organisationId, group_id: groupId }] = await organisations.query(
    `SELECT o.id AS organisation_id, g.id AS group_id FROM organisation o JOIN working_group g ON g.host_organisation_id = o.id WHERE o.slug = 'generated-organisation-0'`,
  );
  await organisations.query(
    `INSERT INTO membership (person_id, organisation_id, role, start_date) SELECT id, $1, 'MEMBER', '2025-01-01' FROM person ORDER BY id LIMIT 4`,
    [organisationId],
  );
  for (const n of [1, 2, 3]) {
    await stack.subgraphs.campaigns.dataSource.query(
      `INSERT INTO campaign (slug, title, status, regions, governorate_codes, start_date, lead_working_group_id, lead_organisation_id)
       VALUES ($1, $2, 'ACTIVE', '{FEDERAL_IRAQ}', '{IQ-BG}', '2026-01-01', $3, $4)`,
      [
        `generated-sibling-campaign-${n}`,
        JSON.stringify({ en: { value: `Generated sibling campaign ${n}`, provenance: 'HUMAN' } }),
        groupId,
        organisationId,
      ],
    );
  }
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}) {
  return postGraphql<T>(stack.gateway.url, query, variables, headers);
}

function connectionSelection(target: Target): string {
  const args = ['first: $first', 'after: $after'];
  if (target.ordering.literal) args.push(`orderBy: ${target.ordering.literal}`);
  return `${target.connection.field}(${args.join(', ')}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${target.connection.nodeKey} } } }`;
}

function pageQuery(target: Target): string {
  if (!target.parent) return `query Page($first: Int, $after: String) { ${connectionSelection(target)} }`;
  const { field, arg, argType } = target.parent;
  return `query Page($first: Int, $after: String, $key: ${argType}) { parent: ${field}(${arg}: $key) { ${connectionSelection(target)} } }`;
}

async function page(target: Target, first: number, after: string | null) {
  const { body } = await graphql<Record<string, unknown>>(pageQuery(target), { first, after, key: target.parent?.key });
  const data = body.data as Record<string, Record<string, Connection> | Connection> | null | undefined;
  const connection = target.parent
    ? (data?.parent as Record<string, Connection> | null)?.[target.connection.field]
    : (data?.[target.connection.field] as Connection);
  return { errors: body.errors, connection };
}

/** Walks a connection to its end with pages of `first`, failing if it would not end. */
async function walk(target: Target, first: number): Promise<{ keys: string[]; totals: number[]; pages: number }> {
  const keys: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages += 1) {
    const { errors, connection } = await page(target, first, after);
    if (errors || !connection) throw new Error(`${describeTarget(target)} first ${first}: ${JSON.stringify(errors)}`);
    keys.push(...connection.edges.map((edge) => edge.node[target.connection.nodeKey]));
    totals.push(connection.totalCount);
    if (!connection.pageInfo.hasNextPage) return { keys, totals, pages };
    if (pages > connection.totalCount / first + 1) throw new Error(`${describeTarget(target)} first ${first}: the walk does not end`);
    // The last cursor of a page is its endCursor.
    expect(connection.pageInfo.endCursor).toBe(connection.edges[connection.edges.length - 1]?.cursor);
    after = connection.pageInfo.endCursor;
  }
}

function describeTarget(target: Target): string {
  return `${target.connection.path}${target.parent ? `(${target.parent.key})` : ''} [${target.ordering.name}]`;
}

/** Key values of every record of a type, from its root list (or the known keys). */
async function keysOf(typeName: string, keyField: string): Promise<string[]> {
  if (KNOWN_KEYS[typeName]) return KNOWN_KEYS[typeName];
  const list = rootListOf(schema, typeName);
  if (!list) throw new Error(`no root list of ${typeName} to find parents for its connections; add its keys to KNOWN_KEYS`);
  const target: Target = {
    connection: {
      path: `Query.${list}`,
      parentType: 'Query',
      field: list,
      nodeType: typeName,
      nodeKey: keyField,
      orderings: [],
      requiredArgs: [],
    },
    ordering: { name: 'default', literal: null },
    parent: null,
  };
  return (await walk(target, LARGE)).keys;
}

/** Nested lists are walked under the parent with the most items up to this many (to bound the walk), else the smallest. */
const ENOUGH_ITEMS = 30;

/** The targets of a connection: root lists as they are; nested ones under one parent chosen for its number of items. */
async function targetsOf(connection: ConnectionField): Promise<Target[]> {
  if (connection.requiredArgs.length)
    throw new Error(`${connection.path} needs ${connection.requiredArgs.join(', ')}: extend this test to supply it`);
  if (connection.parentType === 'Query') return connection.orderings.map((ordering) => ({ connection, ordering, parent: null }));
  const lookup = lookupOf(schema, connection.parentType);
  if (!lookup) throw new Error(`no lookup field for ${connection.parentType}: its connection ${connection.path} cannot be reached`);
  let best: { key: string; total: number } | null = null;
  const better = (total: number, than: number) =>
    total <= ENOUGH_ITEMS ? than > ENOUGH_ITEMS || total > than : than > ENOUGH_ITEMS && total < than;
  for (const key of await keysOf(connection.parentType, lookup.arg)) {
    const target: Target = { connection, ordering: { name: 'default', literal: null }, parent: { ...lookup, key } };
    const { errors, connection: found } = await page(target, 0, null);
    if (errors) throw new Error(`${describeTarget(target)}: ${JSON.stringify(errors)}`);
    if (found && (!best || better(found.totalCount, best.total))) best = { key, total: found.totalCount };
  }
  if (!best) throw new Error(`${connection.path}: no parent found`);
  return connection.orderings.map((ordering) => ({ connection, ordering, parent: { ...lookup, key: best!.key } }));
}

/** Pages a target with small pages and compares with one large page. Returns the number of items. */
async function checkTarget(target: Target): Promise<number> {
  const large = await walk(target, LARGE);
  const total = large.totals[0];
  expect({ target: describeTarget(target), distinct: new Set(large.keys).size }).toEqual({
    target: describeTarget(target),
    distinct: large.keys.length,
  });
  expect({ target: describeTarget(target), total }).toEqual({ target: describeTarget(target), total: large.keys.length });
  for (const first of PAGE_SIZES) {
    const small = await walk(target, first);
    // Nothing repeated, nothing lost, in the same order; totalCount the same on every page.
    expect({ target: describeTarget(target), first, keys: small.keys }).toEqual({
      target: describeTarget(target),
      first,
      keys: large.keys,
    });
    expect(new Set(small.totals)).toEqual(new Set([total]));
    expect(small.pages).toBeLessThanOrEqual(Math.max(1, Math.ceil(total / first)));
  }
  walked.add(`${target.connection.path} [${target.ordering.name}]`);
  walks += 1;
  return total;
}

/** Runs an UPDATE in every table of every subgraph database, column by column kind. */
async function rewriteData(rewrite: (table: string, columns: Array<{ name: string; type: string; nullable: boolean }>) => string | null) {
  for (const subgraph of Object.values(stack.subgraphs)) {
    const dataSource: DataSource = subgraph.dataSource;
    const columns: Array<{ table_name: string; column_name: string; data_type: string; is_nullable: string }> = await dataSource.query(
      `SELECT c.table_name, c.column_name, c.data_type, c.is_nullable FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
       WHERE c.table_schema = 'public' AND c.is_generated = 'NEVER' AND c.table_name <> 'migrations'
       ORDER BY c.table_name, c.ordinal_position`,
    );
    const byTable = new Map<string, Array<{ name: string; type: string; nullable: boolean }>>();
    for (const column of columns) {
      const list = byTable.get(column.table_name) ?? [];
      list.push({ name: column.column_name, type: column.data_type, nullable: column.is_nullable === 'YES' });
      byTable.set(column.table_name, list);
    }
    for (const [table, tableColumns] of byTable) {
      const sql = rewrite(table, tableColumns);
      if (sql) await dataSource.query(sql);
    }
  }
}

const TIMESTAMP = 'timestamp with time zone';
const LOCALIZED = (column: string) => `(jsonb_typeof(${column}) = 'object' AND (${column} ? 'en' OR ${column} ? 'ar'))`;
/** Columns that say a record is gone (archived, ended): they stay as they are, so lists keep their records. */
const LIFECYCLE = /^(archived_at|ended_at|locked_at|unlocked_at)$/;

async function checkEveryConnection(scenario: string) {
  const connections = connectionFields(schema);
  const sizes: Record<string, number> = {};
  const targets: Target[] = [];
  for (const connection of connections) targets.push(...(await targetsOf(connection)));
  // A few walks at a time (each walk is sequential: every page needs the cursor of the one before).
  const queue = [...targets];
  const worker = async () => {
    for (let target = queue.shift(); target; target = queue.shift()) {
      const total = await checkTarget(target);
      sizes[target.connection.path] = Math.max(sizes[target.connection.path] ?? 0, total);
    }
  };
  await Promise.all(Array.from({ length: WALKS_AT_ONCE }, worker));
  // Every connection had something to page through in this scenario.
  expect({
    scenario,
    empty: Object.entries(sizes)
      .filter(([, total]) => total < 2)
      .map(([path]) => path),
  }).toEqual({ scenario, empty: [] });
  return connections;
}

describe('every connection in every order pages without repeating or losing an item', () => {
  it('as seeded (demo data and generated records)', async () => {
    const connections = await checkEveryConnection('as seeded');
    // The walk itself found what it should: root and nested lists, orders and both directions.
    expect(connections.length).toBeGreaterThanOrEqual(30);
    expect(connections.map((c) => c.path)).toEqual(
      expect.arrayContaining([
        'Query.campaigns',
        'Query.implementations',
        'CohesionCouncil.implementations',
        'Recommendation.implementations',
        'SearchResults.campaigns',
      ]),
    );
    expect(connections.find((c) => c.path === 'Query.campaigns')!.orderings.map((o) => o.name)).toEqual(
      expect.arrayContaining(['CREATED_AT ASC', 'CREATED_AT DESC']),
    );
  });

  it('when timestamps differ below the millisecond and dates tie', async () => {
    // Per row one random offset of 0–999 µs within the same millisecond for every timestamp of the
    // row (so "ends after starts" holds), and one of two dates.
    await rewriteData((table, columns) => {
      const timestamps = columns.filter((c) => c.type === TIMESTAMP && !LIFECYCLE.test(c.name));
      const dates = columns.filter((c) => c.type === 'date');
      if (!timestamps.length && !dates.length) return null;
      const sets = [
        ...timestamps.map(
          (c) =>
            `${c.name} = CASE WHEN t.${c.name} IS NULL THEN NULL ELSE '2026-03-01T10:00:00.123Z'::timestamptz + r.micros * interval '1 microsecond' END`,
        ),
        ...dates.map(
          (c) =>
            `${c.name} = CASE WHEN t.${c.name} IS NULL THEN NULL WHEN r.micros % 2 = 0 THEN '2026-03-01'::date ELSE '2026-04-01'::date END`,
        ),
      ];
      return `UPDATE ${table} t SET ${sets.join(', ')}
              FROM (SELECT ctid AS row_id, (random() * 999)::int AS micros FROM ${table}) r WHERE t.ctid = r.row_id`;
    });
    const [{ distinct, total }] = await stack.subgraphs.campaigns.dataSource.query(
      `SELECT count(DISTINCT created_at)::int AS distinct, count(*)::int AS total FROM campaign WHERE created_at >= '2026-03-01T10:00:00.123Z' AND created_at < '2026-03-01T10:00:00.124Z'`,
    );
    // Within one millisecond, and (nearly all) different.
    expect(total).toBeGreaterThan(20);
    expect(distinct).toBeGreaterThan(total / 2);
    await checkEveryConnection('sub-millisecond');
  });

  it('when every timestamp, date and localized text is the same, and nullable ones are partly NULL', async () => {
    await rewriteData((table, columns) => {
      const sets: string[] = [];
      for (const c of columns) {
        const nullHalf = (value: string) =>
          c.nullable ? `CASE WHEN t.${c.name} IS NULL OR r.n % 2 = 0 THEN NULL ELSE ${value} END` : value;
        if (c.type === TIMESTAMP && !LIFECYCLE.test(c.name))
          sets.push(`${c.name} = ${nullHalf(`'2026-03-01T10:00:00.123456Z'::timestamptz`)}`);
        if (c.type === 'date') sets.push(`${c.name} = ${nullHalf(`'2026-03-01'::date`)}`);
        if (c.type === 'jsonb')
          sets.push(
            `${c.name} = CASE WHEN ${LOCALIZED(`t.${c.name}`)} THEN '{"en": {"value": "Same text", "provenance": "HUMAN"}}'::jsonb ELSE t.${c.name} END`,
          );
      }
      if (!sets.length) return null;
      return `UPDATE ${table} t SET ${sets.join(', ')}
              FROM (SELECT ctid AS row_id, row_number() OVER () AS n FROM ${table}) r WHERE t.ctid = r.row_id`;
    });
    const [{ distinct }] = await stack.subgraphs['cohesion-councils'].dataSource.query(
      `SELECT count(DISTINCT created_at)::int AS distinct FROM implementation`,
    );
    expect(distinct).toBe(1);
    await checkEveryConnection('all equal');
  });

  it('walked every combination', () => {
    console.log(
      `connection × order combinations walked: ${walked.size} (${walks} walks over three data sets, each with pages of ${PAGE_SIZES.join(', ')} and ${LARGE})`,
    );
    const expected = connectionFields(schema).reduce((sum, connection) => sum + connection.orderings.length, 0);
    expect(walked.size).toBe(expected);
    expect(walks).toBe(expected * 3);
  });
});

describe('cursors that do not belong to the list', () => {
  it('are refused as BAD_USER_INPUT, never a server error', async () => {
    const connections = connectionFields(schema);
    const targets: Target[] = [];
    for (const connection of connections) targets.push(...(await targetsOf(connection)));
    const firstCursor = async (target: Target) => (await page(target, 1, null)).connection?.edges[0]?.cursor ?? null;
    const refused = async (target: Target, after: string) => {
      const { errors, connection } = await page(target, 1, after);
      return { target: describeTarget(target), code: errors?.[0]?.extensions?.code, connection: connection ?? null };
    };
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
    let checked = 0;
    for (const target of targets) {
      const own = await firstCursor(target);
      if (!own) continue;
      const [tag, value, key] = JSON.parse(Buffer.from(own, 'base64url').toString('utf8')) as [string, string | null, string];
      const forged: unknown[] = [
        'not a cursor',
        'bm90LWEtY3Vyc29y',
        encode([tag, { value }, key]),
        encode([tag, 12345, key]),
        encode([tag, [value], key]),
        encode([tag, value, 42]),
        encode([tag, value]),
        encode({ tag, value, key }),
      ];
      // A value of the right JSON type that is not a value of the sort's SQL type.
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
        forged.push(encode([tag, '2026-02-30', key]), encode([tag, '0000-01-01', key]));
      if (typeof value === 'string' && /T.*Z$/.test(value))
        forged.push(encode([tag, '2026-01-01T25:00:00.000000Z', key]), encode([tag, '2026-01-01T10:00:00Z', key]));
      if (typeof value === 'string' && /^-?\d+$/.test(value)) forged.push(encode([tag, '99999999999', key]), encode([tag, '1.5e3', key]));
      // A valid cursor of another list: the same order ascending for a descending one, else another connection.
      const other = target.ordering.name.endsWith(' DESC')
        ? targets.find(
            (candidate) =>
              candidate.connection.path === target.connection.path &&
              candidate.ordering.name === target.ordering.name.replace(/ DESC$/, ' ASC'),
          )
        : targets.find((candidate) => candidate.connection.path !== target.connection.path && candidate.ordering.name === 'default');
      const otherCursor = other ? await firstCursor(other) : null;
      if (otherCursor) forged.push(otherCursor);
      for (const cursor of forged) {
        expect(await refused(target, cursor as string)).toEqual({
          target: describeTarget(target),
          code: 'BAD_USER_INPUT',
          connection: null,
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(400);
  });
});
