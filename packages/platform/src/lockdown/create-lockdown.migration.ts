import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { LOCKDOWN_TABLE_SQL } from './lockdown.entity';

/** The lockdown list table; the same migration in every service (each in its own database). */
export class CreateLockdown1764200000000 implements MigrationInterface {
  name = 'CreateLockdown1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(LOCKDOWN_TABLE_SQL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE lockdown');
  }
}
