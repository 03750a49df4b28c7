import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** A forum that no longer meets, with no live seasons, is archived: it leaves every list and stays resolvable for admins. */
export class ArchiveForums1764300400000 implements MigrationInterface {
  name = 'ArchiveForums1764300400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE forum ADD COLUMN archived_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE forum DROP COLUMN archived_at`);
  }
}
