import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateCohesionCouncils1764000300000 implements MigrationInterface {
  name = 'CreateCohesionCouncils1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Governorates, organisations and recommendations live in other services' databases: kept by key.
    await queryRunner.query(`
      CREATE TABLE cohesion_council (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(100) NOT NULL,
        name jsonb NOT NULL,
        governorate_code varchar(8) NOT NULL,
        region varchar(32) NOT NULL CHECK (region IN ('FEDERAL_IRAQ', 'KURDISTAN_REGION', 'INTERNATIONAL')),
        coordinating_organisation_id uuid,
        status varchar(20) NOT NULL,
        established_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT cohesion_council_slug_key UNIQUE (slug)
      )`);
    await queryRunner.query(`CREATE INDEX cohesion_council_governorate_idx ON cohesion_council (governorate_code)`);
    await queryRunner.query(`CREATE INDEX cohesion_council_region_idx ON cohesion_council (region, slug)`);
    await queryRunner.query(`
      CREATE TABLE implementation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES cohesion_council (id),
        recommendation_id uuid NOT NULL,
        status varchar(20) NOT NULL,
        progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        indicator_name jsonb,
        indicator_baseline numeric,
        indicator_target numeric,
        indicator_actual numeric,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT implementation_council_recommendation_key UNIQUE (council_id, recommendation_id)
      )`);
    await queryRunner.query(`CREATE INDEX implementation_recommendation_idx ON implementation (recommendation_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE implementation`);
    await queryRunner.query(`DROP TABLE cohesion_council`);
  }
}
