import { types } from 'pg';
import { DataSource } from 'typeorm';

// DATE columns stay "YYYY-MM-DD" strings: a JS Date would shift them by the server's time zone.
types.setTypeParser(1082, (value: string) => value);
import { envInt } from '../config/env';
import { type Logger } from '../logging/logger';
import { SqlStatementCounter } from './sql-statement-counter';

// Entity and migration classes (never glob paths: the build output must not depend on file layout).
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql and TypeORM take classes as plain `Function`s
type ClassList = Function[];

export interface ServiceDataSourceOptions {
  url: string;
  entities: ClassList;
  migrations: ClassList;
  logger: Logger;
  poolSize?: number;
}

export interface ServiceDataSource {
  dataSource: DataSource;
  sqlCounter: SqlStatementCounter;
}

/** A TypeORM data source for one service's own database. Schema changes come only from migrations. */
export function createServiceDataSource(options: ServiceDataSourceOptions): ServiceDataSource {
  const sqlCounter = new SqlStatementCounter(options.logger.child({ component: 'sql' }));
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: sqlCounter,
    maxQueryExecutionTime: 1000,
    // A request waits at most this long for a connection: while the server is down it fails fast
    // (masked UNAVAILABLE) instead of queueing; the pool reconnects on its own when the server is back.
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: envInt('DATABASE_CONNECT_TIMEOUT_MS', 3000) },
  });
  return { dataSource, sqlCounter };
}
