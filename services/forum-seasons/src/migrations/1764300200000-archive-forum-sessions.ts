import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** A cancelled or mistaken programme item is archived: it leaves every list and stays resolvable for admins. */
export class ArchiveForumSessions1764300200000 implements MigrationInterface {
  name = 'ArchiveForumSessions1764300200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE forum_session ADD COLUMN archived_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE forum_session DROP COLUMN archived_at`);
  }
}
