import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Council seats, meetings (with recommendations discussed) and implementation timelines; list indexes. */
export class CompleteCohesionCouncils1764100300000 implements MigrationInterface {
  name = 'CompleteCohesionCouncils1764100300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE council_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES cohesion_council (id),
        sector varchar(30) NOT NULL,
        person_id uuid,
        organisation_id uuid,
        on_behalf_of jsonb,
        start_date date,
        end_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT council_member_dates_in_order CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await queryRunner.query(`CREATE INDEX council_member_council_idx ON council_member (council_id, sector, id)`);
    await queryRunner.query(`CREATE INDEX council_member_person_idx ON council_member (person_id)`);
    await queryRunner.query(`
      CREATE TABLE council_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES cohesion_council (id),
        held_on date NOT NULL,
        governorate_code varchar(8) NOT NULL,
        attendance_total int CHECK (attendance_total >= 0),
        attendance_women int CHECK (attendance_women >= 0),
        attendance_youth int CHECK (attendance_youth >= 0),
        summary jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT council_meeting_parts_within_total CHECK (
          attendance_total IS NULL OR (coalesce(attendance_women, 0) <= attendance_total AND coalesce(attendance_youth, 0) <= attendance_total))
      )`);
    await queryRunner.query(`CREATE INDEX council_meeting_council_idx ON council_meeting (council_id, held_on, id)`);
    await queryRunner.query(`CREATE INDEX council_meeting_date_idx ON council_meeting (held_on, id)`);
    await queryRunner.query(`
      CREATE TABLE meeting_recommendation (
        meeting_id uuid NOT NULL REFERENCES council_meeting (id) ON DELETE CASCADE,
        recommendation_id uuid NOT NULL,
        PRIMARY KEY (meeting_id, recommendation_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE implementation_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        implementation_id uuid NOT NULL REFERENCES implementation (id),
        reported_on date NOT NULL,
        progress int NOT NULL CHECK (progress BETWEEN 0 AND 100),
        status varchar(20) NOT NULL,
        note jsonb,
        evidence_url varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      `CREATE INDEX implementation_update_timeline_idx ON implementation_update (implementation_id, reported_on, id)`,
    );
    await queryRunner.query(`CREATE INDEX implementation_council_idx ON implementation (council_id, created_at, id)`);
    await queryRunner.query(`CREATE INDEX implementation_created_idx ON implementation (created_at, id)`);
    await queryRunner.query(`CREATE INDEX cohesion_council_coordinator_idx ON cohesion_council (coordinating_organisation_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE implementation_update`);
    await queryRunner.query(`DROP TABLE meeting_recommendation`);
    await queryRunner.query(`DROP TABLE council_meeting`);
    await queryRunner.query(`DROP TABLE council_member`);
    await queryRunner.query(`DROP INDEX implementation_council_idx`);
    await queryRunner.query(`DROP INDEX implementation_created_idx`);
    await queryRunner.query(`DROP INDEX cohesion_council_coordinator_idx`);
  }
}
