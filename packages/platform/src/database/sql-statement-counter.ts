import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { type Logger } from '../logging/logger';

/**
 * The statements of the request being served: the HTTP server runs each request inside it, so the
 * request log line can say how many SQL statements that one request cost, even under load.
 */
const requestStatements = new AsyncLocalStorage<{ statements: number }>();

export function withRequestSqlCount<T>(work: () => T): T {
  return requestStatements.run({ statements: 0 }, work);
}

/** SQL statements sent so far by the request being served (null outside a request). */
export function requestSqlCount(): number | null {
  return requestStatements.getStore()?.statements ?? null;
}

/**
 * A TypeORM logger that counts every SQL statement the service sends. Tests read the count to
 * prove that a request costs a fixed number of statements, however many rows it touches.
 */
export class SqlStatementCounter implements TypeOrmLogger {
  private statements = 0;

  constructor(private readonly logger: Logger) {}

  get count(): number {
    return this.statements;
  }

  logQuery(query: string): void {
    this.statements += 1;
    const request = requestStatements.getStore();
    if (request) request.statements += 1;
    this.logger.debug('sql', { sql: query.slice(0, 500) });
  }

  logQueryError(error: string | Error): void {
    // The statement and its parameters stay out of the log: they may hold personal data.
    this.logger.warn('sql statement failed', { error: error instanceof Error ? error.message : error });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn('slow sql statement', { ms: time, sql: query.slice(0, 200) });
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
