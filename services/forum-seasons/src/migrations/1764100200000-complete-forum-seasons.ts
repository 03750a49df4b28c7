import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { SEARCH_SETUP_SQL, localizedSearchSource } from '@icssi/platform';

/** Forum sessions and their organisers, the session a recommendation came from; search column and list indexes. */
export class CompleteForumSeasons1764100200000 implements MigrationInterface {
  name = 'CompleteForumSeasons1764100200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of SEARCH_SETUP_SQL) await queryRunner.query(statement);
    await queryRunner.query(`
      CREATE TABLE forum_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        season_id uuid NOT NULL REFERENCES forum_season (id),
        title jsonb NOT NULL,
        format varchar(30) NOT NULL,
        themes text[] NOT NULL DEFAULT '{}',
        starts_at timestamptz,
        ends_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT forum_session_times_in_order CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at)
      )`);
    await queryRunner.query(`CREATE INDEX forum_session_season_idx ON forum_session (season_id, starts_at, id)`);
    await queryRunner.query(`
      CREATE TABLE forum_session_organiser (
        session_id uuid NOT NULL REFERENCES forum_session (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL,
        PRIMARY KEY (session_id, organisation_id)
      )`);
    await queryRunner.query(`ALTER TABLE recommendation ADD COLUMN session_id uuid REFERENCES forum_session (id)`);
    await queryRunner.query(`
      ALTER TABLE recommendation ADD COLUMN search_text text GENERATED ALWAYS AS
        (icssi_normalize(slug || ' ' || ${localizedSearchSource('title')} || ' ' || ${localizedSearchSource('text')})) STORED`);
    await queryRunner.query(`CREATE INDEX recommendation_search_idx ON recommendation USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX recommendation_themes_idx ON recommendation USING gin (themes)`);
    await queryRunner.query(`CREATE INDEX recommendation_adopted_idx ON recommendation (adopted_on, id)`);
    await queryRunner.query(`CREATE INDEX forum_season_governorate_idx ON forum_season (governorate_code)`);
    await queryRunner.query(`CREATE INDEX forum_season_start_idx ON forum_season ((coalesce(start_date, make_date(year, 1, 1))), id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE recommendation DROP COLUMN search_text`);
    await queryRunner.query(`ALTER TABLE recommendation DROP COLUMN session_id`);
    await queryRunner.query(`DROP TABLE forum_session_organiser`);
    await queryRunner.query(`DROP TABLE forum_session`);
  }
}
