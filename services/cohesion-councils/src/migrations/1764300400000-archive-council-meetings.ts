import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** A meeting recorded by mistake is archived: it leaves every list and stays resolvable for admins. */
export class ArchiveCouncilMeetings1764300400000 implements MigrationInterface {
  name = 'ArchiveCouncilMeetings1764300400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE council_meeting ADD COLUMN archived_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE council_meeting DROP COLUMN archived_at`);
  }
}
