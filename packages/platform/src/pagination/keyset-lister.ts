import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Page } from './connection.type';
import { isUuid } from '../ids/demo-id';
import { decodeCursor, encodeCursor, pageSize } from './cursor';

/** Collects query parameters and hands out their $n placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A keyset ordering: a NOT NULL SQL expression over alias `e`, then `e.id` as tie-breaker. */
export interface SortSpec {
  /** Name used inside cursors, so a cursor of one ordering is refused by another. */
  key: string;
  /** SQL, or a function of the query's parameters for orderings that depend on input (search relevance). */
  expression: string | ((params: SqlParams) => string);
  type: 'text' | 'int' | 'date' | 'timestamptz' | 'numeric';
  direction: 'ASC' | 'DESC';
}

/** What to list: the FROM clause (listed entity aliased `e`) and the filter conditions. */
export interface ListSource {
  from: string;
  where: (params: SqlParams) => string[];
  /** For nested lists: the SQL expression of the parent key the rows belong to. */
  parent?: string;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

function sortExpression(sort: SortSpec, params: SqlParams): string {
  return typeof sort.expression === 'function' ? sort.expression(params) : sort.expression;
}

function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

function cursorValue(value: unknown): string | number {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'number' ? value : String(value);
}

/**
 * Keyset ("seek") pagination over one entity table with raw SQL: a root list is one statement
 * (`ORDER BY sort, id LIMIT n+1`, served by an index), the lists of many parents are one statement
 * together (row_number per parent). totalCount costs one more statement, only when asked for.
 */
export class KeysetLister<E extends ObjectLiteral> {
  private readonly toEntity: (row: Record<string, unknown>) => E;

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<E>,
    /** The unique key column (tie-breaker and cursor), `id` (a UUID) unless given. */
    private readonly key: { column: string; type: 'uuid' | 'text' } = { column: 'id', type: 'uuid' },
  ) {
    const columns = dataSource.getMetadata(entity).columns.map((column) => [column.propertyName, column.databaseName] as const);
    this.toEntity = (row) => Object.fromEntries(columns.map(([property, column]) => [property, row[column]])) as E;
  }

  private cursorCondition(params: SqlParams, sort: SortSpec, after: string | null | undefined, sortSql: string, idSql: string): string | null {
    if (!after) return null;
    const position = decodeCursor(after, sort.key, this.key.type === 'uuid' ? isUuid : () => true);
    const op = sort.direction === 'ASC' ? '>' : '<';
    return `(${sortSql}, ${idSql}) ${op} (${params.add(position.value)}::${sort.type}, ${params.add(position.id)}::${this.key.type})`;
  }

  private toPage(rows: Array<Record<string, unknown>>, size: number, sort: SortSpec, after: string | null | undefined, count: () => Promise<number>): Page<E> {
    const visible = rows.slice(0, size);
    const edges = visible.map((row) => ({
      node: this.toEntity(row),
      cursor: encodeCursor(sort.key, { value: cursorValue(row.__sort), id: String(row[this.key.column]) }),
    }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      get totalCount() {
        return count();
      },
    };
  }

  /** One page of a root list. */
  async page(source: ListSource, sort: SortSpec, args: PageArgs): Promise<Page<E>> {
    const size = pageSize(args.first);
    const params = new SqlParams();
    const where = source.where(params);
    const sortSql = sortExpression(sort, params);
    const cursor = this.cursorCondition(params, sort, args.after, sortSql, `e.${this.key.column}`);
    if (cursor) where.push(cursor);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.*, ${sortSql} AS __sort FROM ${source.from}
       WHERE ${where.join(' AND ') || 'TRUE'}
       ORDER BY ${sortSql} ${sort.direction}, e.${this.key.column} ${sort.direction}
       LIMIT ${params.add(size + 1)}`,
      params.values,
    );
    const count = lazy(async () => {
      const countParams = new SqlParams();
      const countWhere = source.where(countParams);
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM ${source.from} WHERE ${countWhere.join(' AND ') || 'TRUE'}`,
        countParams.values,
      );
      return row.n as number;
    });
    return this.toPage(rows, size, sort, args.after, count);
  }

  /** One page per parent key, for all parents in one statement. */
  async pagesByParent(source: ListSource & { parent: string }, sort: SortSpec, args: PageArgs, parentKeys: readonly string[]): Promise<Map<string, Page<E>>> {
    const size = pageSize(args.first);
    const params = new SqlParams();
    const parents = params.add(parentKeys);
    // The column as it is (no cast), so its index serves the lookup; PostgreSQL types the array after it.
    const where = [`${source.parent} = ANY(${parents})`, ...source.where(params)];
    const sortSql = sortExpression(sort, params);
    const cursor = this.cursorCondition(params, sort, args.after, 's.__sort', `s.${this.key.column}`);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM (
         SELECT s.*, row_number() OVER (PARTITION BY s.__parent ORDER BY s.__sort ${sort.direction}, s.${this.key.column} ${sort.direction}) AS __rn
         FROM (SELECT e.*, ${source.parent}::text AS __parent, ${sortSql} AS __sort FROM ${source.from} WHERE ${where.join(' AND ')}) s
         ${cursor ? `WHERE ${cursor}` : ''}
       ) r
       WHERE r.__rn <= ${params.add(size + 1)}
       ORDER BY r.__parent, r.__rn`,
      params.values,
    );
    const counts = lazy(async () => {
      const countParams = new SqlParams();
      const keys = countParams.add(parentKeys);
      const countWhere = [`${source.parent} = ANY(${keys})`, ...source.where(countParams)];
      const result: Array<{ parent: string; n: number }> = await this.dataSource.query(
        `SELECT ${source.parent}::text AS parent, count(*)::int AS n FROM ${source.from} WHERE ${countWhere.join(' AND ')} GROUP BY 1`,
        countParams.values,
      );
      return new Map(result.map((row) => [row.parent, row.n]));
    });
    const byParent = new Map<string, Array<Record<string, unknown>>>();
    for (const row of rows) {
      const key = String(row.__parent);
      const group = byParent.get(key);
      if (group) group.push(row);
      else byParent.set(key, [row]);
    }
    return new Map(
      parentKeys.map((key) => [key, this.toPage(byParent.get(key) ?? [], size, sort, args.after, async () => (await counts()).get(key) ?? 0)]),
    );
  }
}

/**
 * Per-request loaders for nested connections: the lists of all parents asked for with the same
 * arguments in one tick are fetched together (one statement), whatever the number of parents.
 */
export class ConnectionLoaders {
  private readonly loaders = new Map<string, DataLoader<string, Page<unknown>>>();

  load<E>(
    name: string,
    args: unknown,
    parentKey: string,
    fetch: (parentKeys: readonly string[]) => Promise<Map<string, Page<E>>>,
  ): Promise<Page<E>> {
    const key = `${name}:${JSON.stringify(args)}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, Page<unknown>>(async (keys) => {
        const pages = await fetch(keys);
        return keys.map((parent) => pages.get(parent) as Page<unknown>);
      });
      this.loaders.set(key, loader);
    }
    return loader.load(parentKey) as Promise<Page<E>>;
  }
}
