import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The programme (owned by the organisations subgraph, referred to by key) a forum belongs to. */
export class ForumProgramme1765300100000 implements MigrationInterface {
  name = 'ForumProgramme1765300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE forum ADD COLUMN programme_id uuid`);
    await queryRunner.query(`CREATE INDEX forum_programme_idx ON forum (programme_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE forum DROP COLUMN programme_id`);
  }
}
