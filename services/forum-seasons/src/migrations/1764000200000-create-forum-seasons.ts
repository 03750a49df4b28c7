import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateForumSeasons1764000200000 implements MigrationInterface {
  name = 'CreateForumSeasons1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Organisations and governorates live in other services' databases: kept by key, no foreign keys.
    await queryRunner.query(`
      CREATE TABLE forum (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(100) NOT NULL,
        name jsonb NOT NULL,
        region varchar(32) NOT NULL CHECK (region IN ('FEDERAL_IRAQ', 'KURDISTAN_REGION', 'INTERNATIONAL')),
        host_governorate_code varchar(8) NOT NULL,
        founded_year int,
        secretariat_organisation_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT forum_slug_key UNIQUE (slug)
      )`);
    await queryRunner.query(`
      CREATE TABLE forum_season (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        forum_id uuid NOT NULL REFERENCES forum (id),
        number int NOT NULL CHECK (number > 0),
        year int NOT NULL,
        start_date date,
        end_date date,
        venue jsonb,
        governorate_code varchar(8) NOT NULL,
        theme jsonb,
        status varchar(20) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT forum_season_number_key UNIQUE (forum_id, number),
        CONSTRAINT forum_season_dates_in_order CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await queryRunner.query(`CREATE INDEX forum_season_year_idx ON forum_season (year)`);
    await queryRunner.query(`
      CREATE TABLE forum_season_participant (
        season_id uuid NOT NULL REFERENCES forum_season (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL,
        PRIMARY KEY (season_id, organisation_id)
      )`);
    await queryRunner.query(`CREATE INDEX forum_season_participant_organisation_idx ON forum_season_participant (organisation_id)`);
    await queryRunner.query(`
      CREATE TABLE recommendation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(100) NOT NULL,
        season_id uuid NOT NULL REFERENCES forum_season (id),
        title jsonb NOT NULL,
        text jsonb,
        themes text[] NOT NULL DEFAULT '{}',
        status varchar(20) NOT NULL,
        adopted_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT recommendation_slug_key UNIQUE (slug)
      )`);
    await queryRunner.query(`CREATE INDEX recommendation_season_idx ON recommendation (season_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE recommendation`);
    await queryRunner.query(`DROP TABLE forum_season_participant`);
    await queryRunner.query(`DROP TABLE forum_season`);
    await queryRunner.query(`DROP TABLE forum`);
  }
}
