import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A commitment recorded by mistake is archived: it leaves every list and stays resolvable for admins.
 * A council may take the recommendation on again, so uniqueness holds among live rows only.
 */
export class ArchiveImplementations1764300500000 implements MigrationInterface {
  name = 'ArchiveImplementations1764300500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE implementation ADD COLUMN archived_at timestamptz`);
    await queryRunner.query(`ALTER TABLE implementation DROP CONSTRAINT implementation_council_recommendation_key`);
    // Same name as the constraint it replaces, so a violation still maps to the DUPLICATE user error.
    await queryRunner.query(
      `CREATE UNIQUE INDEX implementation_council_recommendation_key ON implementation (council_id, recommendation_id) WHERE archived_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Refuses (and changes nothing) while an archived commitment has a live twin: no data is deleted to go back.
    await queryRunner.query(`DROP INDEX implementation_council_recommendation_key`);
    await queryRunner.query(
      `ALTER TABLE implementation ADD CONSTRAINT implementation_council_recommendation_key UNIQUE (council_id, recommendation_id)`,
    );
    await queryRunner.query(`ALTER TABLE implementation DROP COLUMN archived_at`);
  }
}
