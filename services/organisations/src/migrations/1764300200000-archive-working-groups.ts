import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Archived working groups leave every list and stay resolvable for admins. */
export class ArchiveWorkingGroups1764300200000 implements MigrationInterface {
  name = 'ArchiveWorkingGroups1764300200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE working_group ADD COLUMN archived_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE working_group DROP COLUMN archived_at`);
  }
}
