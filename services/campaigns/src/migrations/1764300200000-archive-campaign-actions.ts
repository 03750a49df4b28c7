import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** An archived action (recorded by mistake, or retracted) leaves every list; its campaign's editors and admins still reach it by id. */
export class ArchiveCampaignActions1764300200000 implements MigrationInterface {
  name = 'ArchiveCampaignActions1764300200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE campaign_action ADD COLUMN archived_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE campaign_action DROP COLUMN archived_at`);
  }
}
