import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Archived campaigns leave every list and stay resolvable for admins and their region's editors. */
export class ArchiveCampaigns1764300100000 implements MigrationInterface {
  name = 'ArchiveCampaigns1764300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE campaign ADD COLUMN archived_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE campaign DROP COLUMN archived_at`);
  }
}
