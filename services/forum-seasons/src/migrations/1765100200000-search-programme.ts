import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { localizedSearchSource } from '@icssi/platform';

/**
 * Forums, seasons and sessions are searched like recommendations: a normalized search column in
 * every language and a trigram index each. A season is found by its theme, venue and year; a
 * session by its title.
 */
export class SearchProgramme1765100200000 implements MigrationInterface {
  name = 'SearchProgramme1765100200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE forum ADD COLUMN search_text text GENERATED ALWAYS AS
        (icssi_normalize(slug || ' ' || ${localizedSearchSource('name')})) STORED`);
    await queryRunner.query(`
      ALTER TABLE forum_season ADD COLUMN search_text text GENERATED ALWAYS AS
        (icssi_normalize(year::text || ' ' || ${localizedSearchSource('theme')} || ' ' || ${localizedSearchSource('venue')})) STORED`);
    await queryRunner.query(`
      ALTER TABLE forum_session ADD COLUMN search_text text GENERATED ALWAYS AS
        (icssi_normalize(${localizedSearchSource('title')})) STORED`);
    for (const table of ['forum', 'forum_season', 'forum_session']) {
      await queryRunner.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin (search_text gin_trgm_ops)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['forum', 'forum_season', 'forum_session']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN search_text`);
    }
  }
}
