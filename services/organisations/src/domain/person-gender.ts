/**
 * A person's gender, for disaggregated statistics only: a closed vocabulary, so every person counts
 * in exactly one published cell of a report (a free-text value would fall outside every cell and
 * come back as the total minus the cells).
 */
export enum PersonGender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNDISCLOSED = 'UNDISCLOSED',
}

/** The report cells of gender, in the order reports list them. */
export const PERSON_GENDERS: readonly PersonGender[] = [
  PersonGender.FEMALE,
  PersonGender.MALE,
  PersonGender.OTHER,
  PersonGender.UNDISCLOSED,
];
