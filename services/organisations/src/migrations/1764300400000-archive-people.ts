import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Archived people leave every list and stay resolvable for admins. */
export class ArchivePeople1764300400000 implements MigrationInterface {
  name = 'ArchivePeople1764300400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE person ADD COLUMN archived_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE person DROP COLUMN archived_at`);
  }
}
