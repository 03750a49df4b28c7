import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { GOVERNORATES } from '../reference/governorates';

/** The governorates are reference data every other record points to, so a migration loads them. */
export class LoadGovernorates1764000000001 implements MigrationInterface {
  name = 'LoadGovernorates1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const governorate of GOVERNORATES) {
      await queryRunner.query(
        `INSERT INTO governorate (code, ocha_pcode, region, name, note) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO UPDATE SET ocha_pcode = EXCLUDED.ocha_pcode, region = EXCLUDED.region,
           name = EXCLUDED.name, note = EXCLUDED.note`,
        [governorate.code, governorate.ochaPcode, governorate.region, JSON.stringify(governorate.name), governorate.note],
      );
    }
  }

  // The rows leave with the table in CreateOrganisations' down: deleting them here would fail while
  // organisations and working groups still point at their governorates.
  async down(_queryRunner: QueryRunner): Promise<void> {}
}
