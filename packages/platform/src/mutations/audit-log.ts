import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** One changed field in the audit trail; personal fields keep no values (docs/architecture.md §4.3). */
export interface AuditChange {
  field: string;
  old?: unknown;
  new?: unknown;
  /** True when the field is personal: the change is recorded, its values never are. */
  personal?: boolean;
}

/** The audit trail table and the idempotency table, created by the same migration in every service. */
export class CreateMutationTables1764300000000 implements MigrationInterface {
  name = 'CreateMutationTables1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        viewer_id varchar(200),
        viewer_roles text[] NOT NULL,
        request_id varchar(100) NOT NULL,
        operation varchar(60) NOT NULL,
        entity_type varchar(60) NOT NULL,
        entity_id varchar(100) NOT NULL,
        changes jsonb NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_id, id)`);
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        operation varchar(60) NOT NULL,
        key varchar(200) NOT NULL,
        viewer_id varchar(200),
        input_hash char(64) NOT NULL,
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (operation, key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE idempotency_key');
    await queryRunner.query('DROP TABLE audit_log');
  }
}

/** The changes between two versions of a record, for the given fields; personal fields without values. */
export function diff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  fields: readonly string[],
  personal: readonly string[] = [],
): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const old = before ? before[field] : undefined;
    const next = after[field];
    if (JSON.stringify(old ?? null) === JSON.stringify(next ?? null)) continue;
    changes.push(personal.includes(field) ? { field, personal: true } : { field, old: old ?? null, new: next ?? null });
  }
  return changes;
}
