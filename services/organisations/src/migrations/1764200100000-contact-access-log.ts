import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The access log of contact details. */
export class ContactAccessLog1764200100000 implements MigrationInterface {
  name = 'ContactAccessLog1764200100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE contact_access_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        viewer_id varchar(200) NOT NULL,
        viewer_roles text[] NOT NULL,
        person_id uuid NOT NULL,
        fields text[] NOT NULL,
        request_id varchar(100) NOT NULL,
        accessed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX contact_access_log_person_idx ON contact_access_log (person_id, accessed_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE contact_access_log`);
  }
}
