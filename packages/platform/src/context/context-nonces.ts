import { type MigrationInterface, type QueryRunner, type DataSource } from 'typeorm';
import { type Logger, errorFields } from '../logging/logger';

/**
 * Nonces of signed contexts already used, per service database (shared by its replicas). UNLOGGED:
 * a claim costs no WAL flush (measured here: 0.2 ms instead of 3 ms a request); the price is that a
 * PostgreSQL crash or a failover to a standby starts it empty, so a context captured in the 5 s
 * before could be used once more.
 */
export class CreateContextNonce1765410000001 implements MigrationInterface {
  name = 'CreateContextNonce1765410000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE context_nonce (
        nonce varchar(64) PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX context_nonce_expires_idx ON context_nonce (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE context_nonce');
  }
}

/** Runs one statement outside any request's count (a connection of its own). */
export type BackgroundQuery = (sql: string) => Promise<unknown>;

/**
 * The single-use check of signed contexts. Kept in the service's database so that every replica
 * of the service refuses a nonce any of them has seen: one INSERT … ON CONFLICT per request.
 * Expired nonces are purged in the background (their contexts fail the age check anyway).
 */
export class ContextNonces {
  constructor(private readonly dataSource: DataSource) {}

  /** True the first time a nonce is presented, false on every later use. */
  async claim(nonce: string, expiresAtMs: number): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO context_nonce (nonce, expires_at) VALUES ($1, to_timestamp($2 / 1000.0)) ON CONFLICT DO NOTHING RETURNING 1 AS claimed`,
      [nonce, expiresAtMs],
    );
    return rows.length === 1;
  }
}

/** Deletes expired nonces now and then. Returns a function that stops it. */
export function purgeExpiredNonces(query: BackgroundQuery, intervalMs: number, logger: Logger): () => void {
  const timer = setInterval(() => {
    query(`DELETE FROM context_nonce WHERE expires_at < now() - interval '5 seconds'`).catch((error: unknown) =>
      logger.warn('purging used context nonces failed', errorFields(error)),
    );
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
