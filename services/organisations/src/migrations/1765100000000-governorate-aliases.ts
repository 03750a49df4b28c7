import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { localizedSearchSource } from '@icssi/platform';
import { GOVERNORATE_ALIASES } from '../reference/governorate-aliases';

const SEARCH_TEXT_WITHOUT_ALIASES = `icssi_normalize(code || ' ' || ocha_pcode || ' ' || ${localizedSearchSource('name')})`;
const SEARCH_TEXT = `icssi_normalize(code || ' ' || ocha_pcode || ' ' || ${localizedSearchSource('name')} || ' ' || icssi_words(aliases))`;

/**
 * Governorates are found by their other names too (reference/governorate-aliases.ts): the aliases are
 * stored with each governorate and go into its search column, which gets a trigram index like the
 * other searched tables.
 */
export class GovernorateAliases1765100000000 implements MigrationInterface {
  name = 'GovernorateAliases1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE governorate ADD COLUMN aliases text[] NOT NULL DEFAULT '{}'`);
    for (const [code, aliases] of Object.entries(GOVERNORATE_ALIASES)) {
      await queryRunner.query(`UPDATE governorate SET aliases = $2 WHERE code = $1`, [code, aliases]);
    }
    // array_to_string is only STABLE in general; for text[] it is immutable, as a generated column needs.
    await queryRunner.query(`
      CREATE FUNCTION icssi_words(words text[]) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
      $fn$ SELECT array_to_string(words, ' ') $fn$`);
    await queryRunner.query(`ALTER TABLE governorate DROP COLUMN search_text`);
    await queryRunner.query(`ALTER TABLE governorate ADD COLUMN search_text text GENERATED ALWAYS AS (${SEARCH_TEXT}) STORED`);
    await queryRunner.query(`CREATE INDEX governorate_search_idx ON governorate USING gin (search_text gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE governorate DROP COLUMN search_text`);
    await queryRunner.query(
      `ALTER TABLE governorate ADD COLUMN search_text text GENERATED ALWAYS AS (${SEARCH_TEXT_WITHOUT_ALIASES}) STORED`,
    );
    await queryRunner.query(`DROP FUNCTION icssi_words(text[])`);
    await queryRunner.query(`ALTER TABLE governorate DROP COLUMN aliases`);
  }
}
