import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { SEARCH_SETUP_SQL, localizedSearchSource } from '@icssi/platform';

/** Goals, actions, partners and advanced recommendations of campaigns; search column and list indexes. */
export class CompleteCampaigns1764100100000 implements MigrationInterface {
  name = 'CompleteCampaigns1764100100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of SEARCH_SETUP_SQL) await queryRunner.query(statement);
    await queryRunner.query(`ALTER TABLE campaign ADD COLUMN goals jsonb`);
    await queryRunner.query(`
      ALTER TABLE campaign ADD COLUMN search_text text GENERATED ALWAYS AS
        (icssi_normalize(slug || ' ' || ${localizedSearchSource('title')} || ' ' || ${localizedSearchSource('summary')})) STORED`);
    await queryRunner.query(`CREATE INDEX campaign_search_idx ON campaign USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX campaign_governorates_idx ON campaign USING gin (governorate_codes)`);
    await queryRunner.query(`CREATE INDEX campaign_start_idx ON campaign ((coalesce(start_date, '0001-01-01'::date)), id)`);
    await queryRunner.query(`CREATE INDEX campaign_created_idx ON campaign (created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE campaign_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        type varchar(30) NOT NULL,
        occurred_on date NOT NULL,
        governorate_code varchar(8),
        description jsonb,
        participants_total int CHECK (participants_total >= 0),
        participants_women int CHECK (participants_women >= 0),
        participants_youth int CHECK (participants_youth >= 0),
        outcome jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT campaign_action_parts_within_total CHECK (
          participants_total IS NULL OR (coalesce(participants_women, 0) <= participants_total AND coalesce(participants_youth, 0) <= participants_total))
      )`);
    await queryRunner.query(`CREATE INDEX campaign_action_campaign_idx ON campaign_action (campaign_id, occurred_on, id)`);
    await queryRunner.query(`CREATE INDEX campaign_action_date_idx ON campaign_action (occurred_on, id)`);
    await queryRunner.query(`CREATE INDEX campaign_action_governorate_idx ON campaign_action (governorate_code)`);
    await queryRunner.query(`
      CREATE TABLE campaign_partner (
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL,
        PRIMARY KEY (campaign_id, organisation_id)
      )`);
    await queryRunner.query(`CREATE INDEX campaign_partner_organisation_idx ON campaign_partner (organisation_id)`);
    await queryRunner.query(`
      CREATE TABLE campaign_recommendation (
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        recommendation_id uuid NOT NULL,
        PRIMARY KEY (campaign_id, recommendation_id)
      )`);
    await queryRunner.query(`CREATE INDEX campaign_recommendation_recommendation_idx ON campaign_recommendation (recommendation_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE campaign_recommendation`);
    await queryRunner.query(`DROP TABLE campaign_partner`);
    await queryRunner.query(`DROP TABLE campaign_action`);
    await queryRunner.query(`ALTER TABLE campaign DROP COLUMN search_text`);
    await queryRunner.query(`ALTER TABLE campaign DROP COLUMN goals`);
  }
}
