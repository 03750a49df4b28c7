import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The programme (owned by the organisations subgraph, referred to by key) a campaign belongs to. */
export class CampaignProgramme1765300100000 implements MigrationInterface {
  name = 'CampaignProgramme1765300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE campaign ADD COLUMN programme_id uuid`);
    await queryRunner.query(`CREATE INDEX campaign_programme_idx ON campaign (programme_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE campaign DROP COLUMN programme_id`);
  }
}
