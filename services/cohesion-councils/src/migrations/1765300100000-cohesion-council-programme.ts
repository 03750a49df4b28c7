import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The programme (owned by the organisations subgraph, referred to by key) a council belongs to. */
export class CohesionCouncilProgramme1765300100000 implements MigrationInterface {
  name = 'CohesionCouncilProgramme1765300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE cohesion_council ADD COLUMN programme_id uuid`);
    await queryRunner.query(`CREATE INDEX cohesion_council_programme_idx ON cohesion_council (programme_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE cohesion_council DROP COLUMN programme_id`);
  }
}
