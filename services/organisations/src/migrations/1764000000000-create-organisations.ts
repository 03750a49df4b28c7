import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateOrganisations1764000000000 implements MigrationInterface {
  name = 'CreateOrganisations1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE governorate (
        code varchar(8) PRIMARY KEY,
        ocha_pcode varchar(16) NOT NULL UNIQUE,
        region varchar(32) NOT NULL CHECK (region IN ('FEDERAL_IRAQ', 'KURDISTAN_REGION', 'INTERNATIONAL')),
        name jsonb NOT NULL,
        note text
      )`);
    await queryRunner.query(`CREATE INDEX governorate_region_idx ON governorate (region)`);
    await queryRunner.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(100) NOT NULL,
        name jsonb NOT NULL,
        description jsonb,
        acronym varchar(20),
        kind varchar(40) NOT NULL,
        home_region varchar(32) NOT NULL CHECK (home_region IN ('FEDERAL_IRAQ', 'KURDISTAN_REGION', 'INTERNATIONAL')),
        headquarters_code varchar(8) REFERENCES governorate (code),
        themes text[] NOT NULL DEFAULT '{}',
        founded_year int CHECK (founded_year BETWEEN 1900 AND 2100),
        website varchar(300),
        status varchar(20) NOT NULL,
        registration_status varchar(20) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT organisation_slug_key UNIQUE (slug)
      )`);
    await queryRunner.query(`CREATE INDEX organisation_home_region_idx ON organisation (home_region, slug)`);
    await queryRunner.query(`CREATE INDEX organisation_headquarters_idx ON organisation (headquarters_code)`);
    await queryRunner.query(`
      CREATE TABLE working_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(100) NOT NULL,
        name jsonb NOT NULL,
        themes text[] NOT NULL DEFAULT '{}',
        region varchar(32) NOT NULL CHECK (region IN ('FEDERAL_IRAQ', 'KURDISTAN_REGION', 'INTERNATIONAL')),
        host_organisation_id uuid REFERENCES organisation (id),
        status varchar(20) NOT NULL,
        founded_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT working_group_slug_key UNIQUE (slug)
      )`);
    await queryRunner.query(`CREATE INDEX working_group_region_idx ON working_group (region, slug)`);
    await queryRunner.query(`CREATE INDEX working_group_host_idx ON working_group (host_organisation_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE working_group`);
    await queryRunner.query(`DROP TABLE organisation`);
    await queryRunner.query(`DROP TABLE governorate`);
  }
}
