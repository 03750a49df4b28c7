import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { SEARCH_SETUP_SQL, localizedSearchSource } from '@icssi/platform';

/** Partnerships, people, memberships, active governorates; search columns and list indexes. */
export class CompleteOrganisations1764100000000 implements MigrationInterface {
  name = 'CompleteOrganisations1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of SEARCH_SETUP_SQL) await queryRunner.query(statement);
    await queryRunner.query(`
      ALTER TABLE governorate ADD COLUMN search_text text GENERATED ALWAYS AS
        (icssi_normalize(code || ' ' || ocha_pcode || ' ' || ${localizedSearchSource('name')})) STORED`);
    await queryRunner.query(`
      ALTER TABLE organisation ADD COLUMN search_text text GENERATED ALWAYS AS
        (icssi_normalize(slug || ' ' || coalesce(acronym, '') || ' ' || ${localizedSearchSource('name')})) STORED`);
    await queryRunner.query(`
      ALTER TABLE working_group ADD COLUMN search_text text GENERATED ALWAYS AS
        (icssi_normalize(slug || ' ' || ${localizedSearchSource('name')})) STORED`);
    await queryRunner.query(`CREATE INDEX organisation_search_idx ON organisation USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX working_group_search_idx ON working_group USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX organisation_themes_idx ON organisation USING gin (themes)`);
    await queryRunner.query(`CREATE INDEX organisation_created_idx ON organisation (created_at, id)`);
    await queryRunner.query(`CREATE INDEX working_group_themes_idx ON working_group USING gin (themes)`);
    await queryRunner.query(`CREATE INDEX working_group_founded_idx ON working_group (founded_on, id)`);

    await queryRunner.query(`
      CREATE TABLE organisation_governorate (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        governorate_code varchar(8) NOT NULL REFERENCES governorate (code),
        PRIMARY KEY (organisation_id, governorate_code)
      )`);
    await queryRunner.query(`CREATE INDEX organisation_governorate_code_idx ON organisation_governorate (governorate_code)`);

    await queryRunner.query(`
      CREATE TABLE partnership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        partner_id uuid NOT NULL REFERENCES organisation (id),
        role varchar(30) NOT NULL,
        region_scope varchar(32),
        themes text[] NOT NULL DEFAULT '{}',
        start_date date,
        end_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT partnership_not_self CHECK (organisation_id <> partner_id),
        CONSTRAINT partnership_dates_in_order CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await queryRunner.query(`CREATE INDEX partnership_organisation_idx ON partnership (organisation_id)`);
    await queryRunner.query(`CREATE INDEX partnership_partner_idx ON partnership (partner_id)`);

    await queryRunner.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        display_name jsonb NOT NULL,
        pseudonym varchar(100) NOT NULL,
        region varchar(32) NOT NULL CHECK (region IN ('FEDERAL_IRAQ', 'KURDISTAN_REGION', 'INTERNATIONAL')),
        gender varchar(20),
        birth_year int CHECK (birth_year BETWEEN 1900 AND 2100),
        email varchar(200),
        phone varchar(50),
        consent jsonb NOT NULL DEFAULT '{}',
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX person_pseudonym_idx ON person (pseudonym, id)`);
    await queryRunner.query(`CREATE INDEX person_region_idx ON person (region)`);

    await queryRunner.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        organisation_id uuid REFERENCES organisation (id),
        working_group_id uuid REFERENCES working_group (id),
        role varchar(20) NOT NULL,
        start_date date,
        end_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT membership_of_one CHECK ((organisation_id IS NULL) <> (working_group_id IS NULL)),
        CONSTRAINT membership_dates_in_order CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await queryRunner.query(`CREATE INDEX membership_person_idx ON membership (person_id)`);
    await queryRunner.query(`CREATE INDEX membership_organisation_idx ON membership (organisation_id, start_date)`);
    await queryRunner.query(`CREATE INDEX membership_working_group_idx ON membership (working_group_id, start_date)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE membership`);
    await queryRunner.query(`DROP TABLE person`);
    await queryRunner.query(`DROP TABLE partnership`);
    await queryRunner.query(`DROP TABLE organisation_governorate`);
    await queryRunner.query(`ALTER TABLE working_group DROP COLUMN search_text`);
    await queryRunner.query(`ALTER TABLE organisation DROP COLUMN search_text`);
    await queryRunner.query(`ALTER TABLE governorate DROP COLUMN search_text`);
  }
}
