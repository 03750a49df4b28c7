import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Archived councils leave every list and stay resolvable for admins. */
export class ArchiveCouncils1764300300000 implements MigrationInterface {
  name = 'ArchiveCouncils1764300300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE cohesion_council ADD COLUMN archived_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE cohesion_council DROP COLUMN archived_at`);
  }
}
