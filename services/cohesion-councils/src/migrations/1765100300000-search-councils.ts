import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { SEARCH_SETUP_SQL, SearchOperatorCost1764400000000, localizedSearchSource } from '@icssi/platform';

/**
 * Councils are searched like the other subgraphs' records: the normalizing function, a search
 * column over slug and name in every language, a trigram index, and pg_trgm's truthful operator cost
 * (the platform migration other services run on their own; here it needs pg_trgm first).
 */
export class SearchCouncils1765100300000 implements MigrationInterface {
  name = 'SearchCouncils1765100300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of SEARCH_SETUP_SQL) await queryRunner.query(statement);
    await new SearchOperatorCost1764400000000().up(queryRunner);
    await queryRunner.query(`
      ALTER TABLE cohesion_council ADD COLUMN search_text text GENERATED ALWAYS AS
        (icssi_normalize(slug || ' ' || ${localizedSearchSource('name')})) STORED`);
    await queryRunner.query(`CREATE INDEX cohesion_council_search_idx ON cohesion_council USING gin (search_text gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE cohesion_council DROP COLUMN search_text`);
  }
}
