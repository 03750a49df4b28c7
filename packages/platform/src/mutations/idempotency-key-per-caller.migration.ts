import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Idempotency keys belong to their caller (issue 15): the key of one editor is not found by
 * another, so a retry can never hand one caller another caller's result. Same migration in every service.
 */
export class IdempotencyKeyPerCaller1766000000000 implements MigrationInterface {
  name = 'IdempotencyKeyPerCaller1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE idempotency_key SET viewer_id = '' WHERE viewer_id IS NULL`);
    await queryRunner.query(`ALTER TABLE idempotency_key ALTER COLUMN viewer_id SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey`);
    await queryRunner.query(`ALTER TABLE idempotency_key ADD CONSTRAINT idempotency_key_pkey PRIMARY KEY (operation, viewer_id, key)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey`);
    await queryRunner.query(
      `DELETE FROM idempotency_key a USING idempotency_key b WHERE a.operation = b.operation AND a.key = b.key AND a.created_at > b.created_at`,
    );
    await queryRunner.query(`ALTER TABLE idempotency_key ADD CONSTRAINT idempotency_key_pkey PRIMARY KEY (operation, key)`);
    await queryRunner.query(`ALTER TABLE idempotency_key ALTER COLUMN viewer_id DROP NOT NULL`);
  }
}
