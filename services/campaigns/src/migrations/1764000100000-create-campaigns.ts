import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateCampaigns1764000100000 implements MigrationInterface {
  name = 'CreateCampaigns1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Working groups, organisations and governorates live in other services' databases: no foreign keys to them.
    await queryRunner.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(100) NOT NULL,
        title jsonb NOT NULL,
        summary jsonb,
        themes text[] NOT NULL DEFAULT '{}',
        status varchar(20) NOT NULL,
        regions text[] NOT NULL DEFAULT '{}',
        governorate_codes text[] NOT NULL DEFAULT '{}',
        start_date date,
        end_date date,
        lead_working_group_id uuid,
        lead_organisation_id uuid,
        parent_campaign_id uuid REFERENCES campaign (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT campaign_slug_key UNIQUE (slug),
        CONSTRAINT campaign_dates_in_order CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await queryRunner.query(`CREATE INDEX campaign_lead_working_group_idx ON campaign (lead_working_group_id)`);
    await queryRunner.query(`CREATE INDEX campaign_lead_organisation_idx ON campaign (lead_organisation_id)`);
    await queryRunner.query(`CREATE INDEX campaign_parent_idx ON campaign (parent_campaign_id)`);
    await queryRunner.query(`CREATE INDEX campaign_regions_idx ON campaign USING gin (regions)`);
    await queryRunner.query(`CREATE INDEX campaign_themes_idx ON campaign USING gin (themes)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE campaign`);
  }
}
