import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The lockdown list's version, one row per database (the same migration in every service). The
 * owner bumps it in the transaction of each lockdown or unlock (a row lock, so versions follow
 * commit order — a sequence would not); a copy elsewhere stores the version it holds and refuses
 * any list with a lower one.
 */
export class LockdownListVersion1765410000000 implements MigrationInterface {
  name = 'LockdownListVersion1765410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE lockdown_list_version (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL DEFAULT 0 CHECK (version >= 0)
      )`);
    await queryRunner.query(`INSERT INTO lockdown_list_version (singleton, version) VALUES (true, 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE lockdown_list_version');
  }
}
