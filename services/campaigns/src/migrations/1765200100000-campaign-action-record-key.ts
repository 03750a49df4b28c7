import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { addRecordKeySql } from '@icssi/platform';

/**
 * Every campaign action gets the secret random record key of the cell-key method: its head counts
 * (participants, women, youth) are counts of people without person records, so each figure's key
 * is derived from the action's (never returned by any API).
 */
export class CampaignActionRecordKey1765200100000 implements MigrationInterface {
  name = 'CampaignActionRecordKey1765200100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of addRecordKeySql('campaign_action')) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE campaign_action DROP COLUMN record_key`);
  }
}
