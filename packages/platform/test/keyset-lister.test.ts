import { randomUUID } from 'node:crypto';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { GraphQLError } from 'graphql';
import {
  KeysetLister,
  SortSpec,
  createLogger,
  createServiceDataSource,
  decodeCursor,
  dropDatabase,
  ensureDatabase,
  isSortValue,
} from '@icssi/platform';
import { testDatabaseUrl } from '@icssi/test-kit/test-subgraph';

/** A table made for this test only: one column per sort type, each with NULLs, ties and sub-millisecond steps. */
@Entity('paging_probe')
class ProbeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'at', type: 'timestamptz', nullable: true })
  at!: Date | null;

  @Column({ name: 'on_day', type: 'date', nullable: true })
  onDay!: string | null;

  @Column({ name: 'n', type: 'int', nullable: true })
  n!: number | null;

  @Column({ name: 'amount', type: 'numeric', nullable: true })
  amount!: string | null;

  @Column({ name: 'label', type: 'text', nullable: true })
  label!: string | null;
}

const databaseUrl = testDatabaseUrl('platform');
const { dataSource } = createServiceDataSource({
  url: databaseUrl,
  entities: [ProbeEntity],
  migrations: [],
  logger: createLogger({ service: 'paging-test' }),
});
let lister: KeysetLister<ProbeEntity>;

beforeAll(async () => {
  await ensureDatabase(databaseUrl);
  await dataSource.initialize();
  await dataSource.query(`CREATE TABLE paging_probe (id uuid PRIMARY KEY, at timestamptz, on_day date, n int, amount numeric, label text)`);
  // 40 rows: values repeat (ties), a quarter are NULL, timestamps 1 µs apart within one millisecond.
  for (let i = 0; i < 40; i += 1) {
    const isNull = i % 4 === 0;
    await dataSource.query(`INSERT INTO paging_probe VALUES ($1, $2, $3, $4, $5, $6)`, [
      randomUUID(),
      isNull ? null : `2026-03-01T10:00:00.123${String(i % 7).padStart(3, '0')}Z`,
      isNull ? null : `2026-03-0${(i % 3) + 1}`,
      isNull ? null : i % 5,
      isNull ? null : `${i % 3}.${'1'.repeat(25)}${i % 2}`,
      isNull ? null : ['b', 'a', 'ب', 'ا'][i % 4],
    ]);
  }
  lister = new KeysetLister(dataSource, ProbeEntity);
});

afterAll(async () => {
  await dataSource.destroy();
  await dropDatabase(databaseUrl);
});

async function walk(sort: SortSpec, first: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await lister.page({ from: 'paging_probe e', where: () => [] }, sort, { first, after });
    ids.push(...page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error('the walk does not end');
}

async function walkByParent(sort: SortSpec, first: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const pages_ = await lister.pagesByParent({ from: 'paging_probe e', parent: `'all'`, where: () => [] }, sort, { first, after }, [
      'all',
    ]);
    const page = pages_.get('all')!;
    ids.push(...page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error('the walk does not end');
}

const COLUMNS: Array<[string, SortSpec['type']]> = [
  ['e.at', 'timestamptz'],
  ['e.on_day', 'date'],
  ['e.n', 'int'],
  ['e.amount', 'numeric'],
  ['e.label', 'text'],
];

describe('keyset lister over real PostgreSQL', () => {
  it.each(COLUMNS.flatMap(([column, type]) => (['ASC', 'DESC'] as const).map((direction) => [column, type, direction] as const)))(
    'pages %s (%s, nullable) %s exactly: every row once, in ORDER BY order, root and per parent',
    async (column, type, direction) => {
      const sort: SortSpec = { key: column, expression: column, type, direction, nullable: true };
      const nulls = direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST';
      const expected = (
        await dataSource.query(`SELECT id FROM paging_probe e ORDER BY ${column} ${direction} ${nulls}, id ${direction}`)
      ).map((row: { id: string }) => row.id);
      expect(expected).toHaveLength(40);
      for (const first of [1, 2, 3, 7]) {
        expect(await walk(sort, first)).toEqual(expected);
        expect(await walkByParent(sort, first)).toEqual(expected);
      }
    },
  );

  it('carries timestamps at microsecond precision in the cursor', async () => {
    const sort: SortSpec = { key: 'at', expression: 'e.at', type: 'timestamptz', direction: 'DESC', nullable: true };
    const page = await lister.page({ from: 'paging_probe e', where: () => ['e.at IS NOT NULL'] }, sort, { first: 1 });
    const [, value] = JSON.parse(Buffer.from(page.pageInfo.endCursor!, 'base64url').toString('utf8'));
    expect(value).toBe('2026-03-01T10:00:00.123006Z');
  });

  it('refuses the cursor of another ordering, direction or list', async () => {
    const byDay: SortSpec = { key: 'day', expression: 'e.on_day', type: 'date', direction: 'ASC', nullable: true };
    const cursor = (await lister.page({ from: 'paging_probe e', where: () => [] }, byDay, { first: 1 })).pageInfo.endCursor!;
    const attempts = [
      lister.page({ from: 'paging_probe e', where: () => [] }, { ...byDay, direction: 'DESC' }, { first: 1, after: cursor }),
      lister.page(
        { from: 'paging_probe e', where: () => [] },
        { ...byDay, key: 'n', expression: 'e.n', type: 'int' },
        { first: 1, after: cursor },
      ),
      lister.pagesByParent({ from: 'paging_probe e', parent: 'e.label', where: () => [] }, byDay, { first: 1, after: cursor }, ['a']),
    ];
    for (const attempt of attempts) {
      await expect(attempt).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
  });
});

describe('cursor values are checked against the sort type', () => {
  it.each([
    ['timestamptz', '2026-03-01T10:00:00.123456Z', true],
    ['timestamptz', '0001-01-01T00:00:00.000000Z', true],
    ['timestamptz', '2026-03-01T10:00:00.123Z', false],
    ['timestamptz', '2026-02-30T10:00:00.000000Z', false],
    ['timestamptz', '2026-03-01T24:00:00.000000Z', false],
    ['timestamptz', '2026-03-01 10:00:00.123456+00', false],
    ['date', '2024-02-29', true],
    ['date', '2025-02-29', false],
    ['date', '0000-01-01', false],
    ['date', '2026-1-1', false],
    ['int', '-2147483647', true],
    ['int', '2147483648', false],
    ['int', '1e3', false],
    ['numeric', '-12.5', true],
    ['numeric', 'NaN', false],
    ['numeric', '1,5', false],
    ['text', 'any text at all', true],
    ['text', 'nul\u0000inside', false],
  ] as const)('%s %j → %s', (type, value, valid) => {
    expect(isSortValue(value, type)).toBe(valid);
  });

  it('decodes only well-formed cursors of the same list', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
    const id = randomUUID();
    expect(decodeCursor(encode(['list', '2026-03-01', id]), 'list', 'date')).toEqual({ value: '2026-03-01', id });
    expect(decodeCursor(encode(['list', null, id]), 'list', 'date')).toEqual({ value: null, id });
    for (const cursor of [
      encode(['other', '2026-03-01', id]),
      encode(['list', 20260301, id]),
      encode(['list', '2026-03-01', 7]),
      encode(['list', '2026-03-01']),
      encode({ list: 'list' }),
      'not base64 at all!',
      'x'.repeat(9000),
    ]) {
      expect(() => decodeCursor(cursor, 'list', 'date')).toThrow(GraphQLError);
    }
  });
});
