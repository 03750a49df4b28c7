import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { addRecordKeySql } from '@icssi/platform';
import { CouncilSector } from '../domain/council-sector';

/**
 * Council seats and council meetings get the secret random record key of the cell-key method
 * (seats are counted as people by sector; a meeting's attendance figures are counts of people
 * whose keys derive from the meeting's). No API returns them. Seat sectors become a closed
 * vocabulary in the database too, so no seat can fall outside the published sector cells.
 */
export class CouncilRecordKeys1765200200000 implements MigrationInterface {
  name = 'CouncilRecordKeys1765200200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...addRecordKeySql('council_member'), ...addRecordKeySql('council_meeting')])
      await queryRunner.query(statement);
    const sectors = Object.values(CouncilSector)
      .map((sector) => `'${sector}'`)
      .join(', ');
    await queryRunner.query(`ALTER TABLE council_member ADD CONSTRAINT council_member_sector_vocabulary CHECK (sector IN (${sectors}))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE council_member DROP CONSTRAINT council_member_sector_vocabulary`);
    await queryRunner.query(`ALTER TABLE council_meeting DROP COLUMN record_key`);
    await queryRunner.query(`ALTER TABLE council_member DROP COLUMN record_key`);
  }
}
