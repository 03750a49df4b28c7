import { peopleBreakdown, peopleCount, periodFromInput, periodFromKey } from '@icssi/platform';

describe('small-cell suppression', () => {
  it('hides counts from 1 to threshold − 1, never 0 or the threshold', () => {
    expect([0, 1, 4, 5].map((value) => peopleCount(value, 5))).toEqual([
      { key: null, value: 0, suppressed: false },
      { key: null, value: null, suppressed: true },
      { key: null, value: null, suppressed: true },
      { key: null, value: 5, suppressed: false },
    ]);
  });

  it('hides a second cell when only one would be hidden, so the total cannot give it back', () => {
    const cells = peopleBreakdown([{ key: 'FEMALE', value: 3 }, { key: 'MALE', value: 40 }, { key: 'UNKNOWN', value: 9 }], 5);
    expect(cells.map((cell) => cell.value)).toEqual([null, 40, null]);
    const two = peopleBreakdown([{ key: 'A', value: 2 }, { key: 'B', value: 3 }, { key: 'C', value: 30 }], 5);
    expect(two.map((cell) => cell.value)).toEqual([null, null, 30]);
    const none = peopleBreakdown([{ key: 'A', value: 12 }, { key: 'B', value: 30 }], 5);
    expect(none.every((cell) => !cell.suppressed)).toBe(true);
  });
});

describe('report periods', () => {
  it('makes canonical keys and reads them back', () => {
    expect(periodFromInput({ year: 2024, quarter: 1 })).toEqual({ key: '2024-Q1', from: '2024-01-01', to: '2024-03-31' });
    expect(periodFromInput({ year: 2024, quarter: 4 }).to).toBe('2024-12-31');
    for (const key of ['2026', '2026-Q2', '2025-02-01..2026-02-28']) expect(periodFromKey(key).key).toBe(key);
  });

  it('refuses keys that are not periods', () => {
    for (const key of ['26', '2026-Q5', '2026-02-30..2026-03-01', '2026-03-01..2026-01-01', "2026'; DROP TABLE x", '']) {
      expect(() => periodFromKey(key)).toThrow();
    }
  });
});
