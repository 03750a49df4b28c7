import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { addRecordKeySql } from '@icssi/platform';

/**
 * Gender becomes a closed vocabulary (FEMALE, MALE, OTHER, UNDISCLOSED), and every person gets the
 * secret random record key of the cell-key method (never returned by any API).
 *
 * The free text is mapped, after trimming and lower-casing: known words for female and male (English,
 * Arabic, Sorani, Kurmanji) to FEMALE and MALE; words that state another gender (non-binary, other,
 * intersex, …) to OTHER; empty, null and everything not recognised to UNDISCLOSED — a value nobody
 * can read is not a gender the person stated, and guessing one would publish a wrong attribute.
 */
const FEMALE = [
  'female',
  'f',
  'woman',
  'women',
  'girl',
  'feminine',
  'أنثى',
  'انثى',
  'امرأة',
  'إمرأة',
  'مرأة',
  'نساء',
  'مێ',
  'ئافرەت',
  'ژن',
  'mê',
  'jin',
];
const MALE = ['male', 'm', 'man', 'men', 'boy', 'masculine', 'ذكر', 'رجل', 'نێر', 'پیاو', 'nêr', 'mêr'];
const OTHER = [
  'other',
  'non-binary',
  'nonbinary',
  'non binary',
  'genderqueer',
  'intersex',
  'third gender',
  'diverse',
  'آخر',
  'اخر',
  'غير ذلك',
  'هیتر',
  'din',
];

const list = (values: string[]) => values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');

export class PersonGenderAndRecordKey1765200000000 implements MigrationInterface {
  name = 'PersonGenderAndRecordKey1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE person SET gender = CASE
         WHEN lower(btrim(gender)) IN (${list(FEMALE)}) THEN 'FEMALE'
         WHEN lower(btrim(gender)) IN (${list(MALE)}) THEN 'MALE'
         WHEN lower(btrim(gender)) IN (${list(OTHER)}) THEN 'OTHER'
         ELSE 'UNDISCLOSED' END`,
    );
    await queryRunner.query(`ALTER TABLE person ALTER COLUMN gender SET DEFAULT 'UNDISCLOSED', ALTER COLUMN gender SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE person ADD CONSTRAINT person_gender_vocabulary CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'))`,
    );
    for (const statement of addRecordKeySql('person')) await queryRunner.query(statement);
  }

  // The mapped values stay (the free text is gone); the column takes free text and nulls again.
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE person DROP COLUMN record_key`);
    await queryRunner.query(`ALTER TABLE person DROP CONSTRAINT person_gender_vocabulary`);
    await queryRunner.query(`ALTER TABLE person ALTER COLUMN gender DROP NOT NULL, ALTER COLUMN gender DROP DEFAULT`);
  }
}
