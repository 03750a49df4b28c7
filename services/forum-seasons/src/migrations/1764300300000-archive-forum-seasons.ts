import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** A season announced but never held is archived: it leaves every list and stays resolvable for admins. */
export class ArchiveForumSeasons1764300300000 implements MigrationInterface {
  name = 'ArchiveForumSeasons1764300300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE forum_season ADD COLUMN archived_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE forum_season DROP COLUMN archived_at`);
  }
}
