import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { type Page } from './connection.type';
import { isUuid } from '../ids/record-keys';
import { type SortValueType, cursorListTag, cursorValueSql, decodeCursor, encodeCursor, pageSize } from './cursor';

/** Collects query parameters and hands out their $n placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A keyset ordering: an SQL expression over alias `e`, then the unique key (`e.id`) as tie-breaker. */
export interface SortSpec {
  /** Name of the ordering inside cursors, so a cursor of one ordering is refused by another. */
  key: string;
  /** SQL, or a function of the query's parameters for orderings that depend on input (search relevance). */
  expression: string | ((params: SqlParams) => string);
  type: SortValueType;
  direction: 'ASC' | 'DESC';
  /**
   * The expression may be NULL: NULLs then sort after every value ascending and before every value
   * descending (PostgreSQL's default), and the cursor conditions include them. Leave it unset for
   * NOT NULL expressions, whose conditions stay plain row comparisons an index can serve.
   */
  nullable?: boolean;
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

function orderBy(sortSql: string, keySql: string, direction: 'ASC' | 'DESC'): string {
  return `${sortSql} ${direction} ${direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST'}, ${keySql} ${direction}`;
}

/**
 * Keyset ("seek") pagination over one entity table with raw SQL: a root list is one statement
 * (`ORDER BY sort, id LIMIT n+1`, served by an index), the lists of many parents are one statement
 * together (row_number per parent). totalCount costs one more statement, only when asked for.
 */
export class KeysetLister<E extends ObjectLiteral> {
  private readonly toEntity: (row: Record<string, unknown>) => E;
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<E>,
    /** The unique key column (tie-breaker and cursor), `id` (a UUID) unless given. */
    private readonly key: { column: string; type: 'uuid' | 'text' } = { column: 'id', type: 'uuid' },
  ) {
    const metadata = dataSource.getMetadata(entity);
    this.table = metadata.tableName;
    const columns = metadata.columns.map((column) => [column.propertyName, column.databaseName] as const);
    this.toEntity = (row) => Object.fromEntries(columns.map(([property, column]) => [property, row[column]])) as E;
  }

  /** The name of a list and ordering in its cursors: entity, parent, ordering and direction. */
  private listTag(source: ListSource, sort: SortSpec): string {
    return cursorListTag([this.table, source.parent ?? '', sort.key, sort.direction]);
  }

  /**
   * The rows after a cursor, exactly: the cursor's value is cast to the sort expression's type at full
   * precision, and NULL sort values (nullable orderings) are placed where ORDER BY puts them.
   */
  private cursorCondition(
    params: SqlParams,
    sort: SortSpec,
    tag: string,
    after: string | null | undefined,
    sortSql: string,
    keySql: string,
  ): string | null {
    if (!after) return null;
    const position = decodeCursor(after, tag, sort.type, this.key.type === 'uuid' ? isUuid : () => true);
    const op = sort.direction === 'ASC' ? '>' : '<';
    const key = `${params.add(position.id)}::${this.key.type}`;
    if (position.value === null) {
      // NULLs come last ascending (only NULLs follow) and first descending (every value follows).
      const amongNulls = `(${sortSql} IS NULL AND ${keySql} ${op} ${key})`;
      return sort.direction === 'ASC' ? amongNulls : `(${amongNulls} OR ${sortSql} IS NOT NULL)`;
    }
    const afterValue = `(${sortSql}, ${keySql}) ${op} (${params.add(position.value)}::${sort.type}, ${key})`;
    return sort.nullable && sort.direction === 'ASC' ? `(${afterValue} OR ${sortSql} IS NULL)` : afterValue;
  }

  private toPage(
    rows: Array<Record<string, unknown>>,
    size: number,
    tag: string,
    after: string | null | undefined,
    count: () => Promise<number>,
  ): Page<E> {
    const visible = rows.slice(0, size);
    const edges = visible.map((row) => ({
      node: this.toEntity(row),
      cursor: encodeCursor(tag, { value: row.__cursor === null ? null : String(row.__cursor), id: String(row[this.key.column]) }),
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
    const tag = this.listTag(source, sort);
    const keySql = `e.${this.key.column}`;
    const cursor = this.cursorCondition(params, sort, tag, args.after, sortSql, keySql);
    if (cursor) where.push(cursor);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.*, ${cursorValueSql(sortSql, sort.type)} AS __cursor FROM ${source.from}
       WHERE ${where.join(' AND ') || 'TRUE'}
       ORDER BY ${orderBy(sortSql, keySql, sort.direction)}
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
    return this.toPage(rows, size, tag, args.after, count);
  }

  /** One page per parent key, for all parents in one statement. */
  async pagesByParent(
    source: ListSource & { parent: string },
    sort: SortSpec,
    args: PageArgs,
    parentKeys: readonly string[],
  ): Promise<Map<string, Page<E>>> {
    const size = pageSize(args.first);
    const params = new SqlParams();
    const parents = params.add(parentKeys);
    // The column as it is (no cast), so its index serves the lookup; PostgreSQL types the array after it.
    const where = [`${source.parent} = ANY(${parents})`, ...source.where(params)];
    const sortSql = sortExpression(sort, params);
    const tag = this.listTag(source, sort);
    const keySql = `s.${this.key.column}`;
    const cursor = this.cursorCondition(params, sort, tag, args.after, 's.__sort', keySql);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM (
         SELECT s.*, ${cursorValueSql('s.__sort', sort.type)} AS __cursor,
                row_number() OVER (PARTITION BY s.__parent ORDER BY ${orderBy('s.__sort', keySql, sort.direction)}) AS __rn
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
      parentKeys.map((key) => [
        key,
        this.toPage(byParent.get(key) ?? [], size, tag, args.after, async () => (await counts()).get(key) ?? 0),
      ]),
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
