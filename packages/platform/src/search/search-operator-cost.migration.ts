import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * pg_trgm declares its word-similarity operator (`<%`, used for typo-tolerant search) as cheap as
 * `=`, so on a common word PostgreSQL scans the whole table and computes similarity for every row
 * (96 ms on 10,000 campaigns) instead of using the trigram index (5 ms). A truthful cost fixes the
 * plan. It needs to own the functions (a superuser, as with the embedded server); elsewhere the
 * migration leaves the default and says so.
 */
export class SearchOperatorCost1764400000000 implements MigrationInterface {
  name = 'SearchOperatorCost1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(setCost(1000));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(setCost(1));
  }
}

function setCost(cost: number): string {
  return `DO $$ BEGIN
    ALTER FUNCTION word_similarity_op(text, text) COST ${cost};
    ALTER FUNCTION word_similarity_commutator_op(text, text) COST ${cost};
  EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'word similarity cost unchanged: the migration does not own pg_trgm';
  END $$`;
}
