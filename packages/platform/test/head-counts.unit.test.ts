import { InputChecks, Locale } from '@icssi/platform';

/** InputChecks.headCounts: the checks a campaign action's participants and a council meeting's attendance share. */
const fieldsOf = (counts: { total?: number | null; women?: number | null; youth?: number | null }, max = 100) => {
  const checks = new InputChecks(Locale.en);
  checks.headCounts('attendance', { total: counts.total, women: counts.women, youth: counts.youth }, max);
  return checks.errors.map((error) => error.field[1]);
};

describe('InputChecks.headCounts', () => {
  it('accepts counts within the total, and unknown counts', () => {
    expect(fieldsOf({ total: 10, women: 10, youth: 0 })).toEqual([]);
    expect(fieldsOf({})).toEqual([]);
    expect(fieldsOf({ total: null, women: 100, youth: 100 })).toEqual([]);
  });

  it('refuses a total out of 0–max', () => {
    expect(fieldsOf({ total: 101 })).toEqual(['attendanceTotal']);
    expect(fieldsOf({ total: -1 })).toEqual(['attendanceTotal']);
  });

  it('refuses women or young people above the total, or above max without a total', () => {
    expect(fieldsOf({ total: 5, women: 6, youth: 6 })).toEqual(['attendanceWomen', 'attendanceYouth']);
    expect(fieldsOf({ women: 101 })).toEqual(['attendanceWomen']);
    expect(fieldsOf({ youth: -1 })).toEqual(['attendanceYouth']);
  });
});
