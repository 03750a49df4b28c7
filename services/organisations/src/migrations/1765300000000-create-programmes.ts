import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Programmes (the EU-funded youth project), their partners, and the working groups that belong to one. */
export class CreateProgrammes1765300000000 implements MigrationInterface {
  name = 'CreateProgrammes1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(100) NOT NULL UNIQUE,
        name jsonb NOT NULL,
        description jsonb,
        lead_organisation_id uuid REFERENCES organisation (id),
        funder_organisation_id uuid REFERENCES organisation (id),
        start_date date,
        end_date date,
        themes text[] NOT NULL DEFAULT '{}',
        regions text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT programme_dates_in_order CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await queryRunner.query(`
      CREATE TABLE programme_partner (
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        role varchar(30) NOT NULL,
        PRIMARY KEY (programme_id, organisation_id)
      )`);
    await queryRunner.query(`CREATE INDEX programme_partner_organisation_idx ON programme_partner (organisation_id)`);
    await queryRunner.query(`ALTER TABLE working_group ADD COLUMN programme_id uuid REFERENCES programme (id)`);
    await queryRunner.query(`CREATE INDEX working_group_programme_idx ON working_group (programme_id, slug)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE working_group DROP COLUMN programme_id`);
    await queryRunner.query(`DROP TABLE programme_partner`);
    await queryRunner.query(`DROP TABLE programme`);
  }
}
