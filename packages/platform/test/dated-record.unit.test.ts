import { Locale, UserErrorCode, correctionErrors, endDateErrors } from '@icssi/platform';

/** The checks endDatedRecord and correctDatedRecord make before they write, without a database. */
describe('endDateErrors', () => {
  const row = { id: 'x', start_date: '2026-03-01', end_date: null };

  it('accepts a last day on or after the first', () => {
    expect(endDateErrors(Locale.en, row, '2026-03-01')).toEqual([]);
    expect(endDateErrors(Locale.en, row, '2026-12-31')).toEqual([]);
  });

  it('refuses a last day before the first, on input.endDate', () => {
    const errors = endDateErrors(Locale.en, row, '2026-02-28');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: UserErrorCode.INVALID, field: ['input', 'endDate'] });
  });

  it('accepts any last day of a record without a first day', () => {
    expect(endDateErrors(Locale.en, { ...row, start_date: null }, '1990-01-01')).toEqual([]);
  });
});

describe('correctionErrors', () => {
  const ended = { id: 'x', start_date: '2026-03-01', end_date: '2026-06-30' };

  it('accepts a new first day not after the last, or none', () => {
    expect(correctionErrors(Locale.en, ended, '2026-06-30')).toEqual([]);
    expect(correctionErrors(Locale.en, ended, undefined)).toEqual([]);
    expect(correctionErrors(Locale.en, ended, null)).toEqual([]);
    expect(correctionErrors(Locale.en, { ...ended, end_date: null }, '2030-01-01')).toEqual([]);
  });

  it('refuses a new first day after the last, on input.startDate', () => {
    const errors = correctionErrors(Locale.en, ended, '2026-07-01');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: UserErrorCode.INVALID, field: ['input', 'startDate'] });
  });

  it("runs the writer's own checks first, then the dates", () => {
    const errors = correctionErrors(Locale.en, ended, '2026-07-01', (checks) =>
      checks.fail(UserErrorCode.INVALID, ['input', 'onBehalfOf'], 'invalid'),
    );
    expect(errors.map((error) => error.field)).toEqual([
      ['input', 'onBehalfOf'],
      ['input', 'startDate'],
    ]);
  });
});
