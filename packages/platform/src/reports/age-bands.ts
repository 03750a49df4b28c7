/**
 * Age bands for counts of people, as of the last day of the report's period (from the birth year:
 * the age reached in that day's calendar year). Closed: every person is in exactly one band.
 * AGE_15_29 is the project's youth.
 */
export const AGE_BANDS = ['AGE_UNDER_15', 'AGE_15_29', 'AGE_30_44', 'AGE_45_AND_OVER', 'AGE_UNKNOWN'] as const;

export type AgeBand = (typeof AGE_BANDS)[number];

/** SQL: the band of `birthYearSql` in the year given by `endYearSql` (the period's last day's year). */
export const ageBandSql = (birthYearSql: string, endYearSql: string): string => `(CASE
  WHEN ${birthYearSql} IS NULL THEN 'AGE_UNKNOWN'
  WHEN ${endYearSql} - ${birthYearSql} < 15 THEN 'AGE_UNDER_15'
  WHEN ${endYearSql} - ${birthYearSql} <= 29 THEN 'AGE_15_29'
  WHEN ${endYearSql} - ${birthYearSql} <= 44 THEN 'AGE_30_44'
  ELSE 'AGE_45_AND_OVER' END)`;
