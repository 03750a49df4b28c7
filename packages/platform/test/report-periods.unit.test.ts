import {
  ReportGranularity,
  ReportPeriodKind,
  periodFromInput,
  periodFromKey,
  periodSeries,
  requirePeoplePeriod,
  forumSeasonPeriod,
} from '@icssi/platform';

describe('report periods', () => {
  it('makes canonical keys for years, quarters, months, forum seasons and ranges, and reads them back', () => {
    expect(periodFromInput({ year: 2024, quarter: 1 })).toEqual({
      key: '2024-Q1',
      kind: ReportPeriodKind.QUARTER,
      from: '2024-01-01',
      to: '2024-03-31',
    });
    expect(periodFromInput({ year: 2024, month: 2 })).toEqual({
      key: '2024-02',
      kind: ReportPeriodKind.MONTH,
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(periodFromInput({ year: 2024, quarter: 4 }).to).toBe('2024-12-31');
    const season = forumSeasonPeriod('6F9619FF-8B86-4011-B42D-00C04FC964FF', '2019-01-01', '2019-10-12');
    expect(season).toEqual({
      key: 'season:6f9619ff-8b86-4011-b42d-00c04fc964ff:2019-01-01..2019-10-12',
      kind: ReportPeriodKind.FORUM_SEASON,
      from: '2019-01-01',
      to: '2019-10-12',
    });
    for (const key of ['2026', '2026-Q2', '2026-11', '2025-02-01..2026-02-28', season.key]) expect(periodFromKey(key).key).toBe(key);
  });

  it('refuses inputs and keys that are not periods', () => {
    for (const key of [
      '26',
      '2026-Q5',
      '2026-13',
      '2026-00',
      '2026-02-30..2026-03-01',
      '2026-03-01..2026-01-01',
      'season:x:2026-01-01..2026-01-02',
      "2026'; DROP TABLE x",
      '',
    ]) {
      expect(() => periodFromKey(key)).toThrow();
    }
    for (const input of [{ year: 2026, quarter: 1, month: 1 }, { month: 3 }, { year: 2026, month: 13 }])
      expect(() => periodFromInput(input)).toThrow();
  });

  it('counts people for years, quarters, months and forum seasons only, never for a range of days', () => {
    for (const key of ['2026', '2026-Q2', '2026-11', 'season:6f9619ff-8b86-4011-b42d-00c04fc964ff:2019-01-01..2019-10-12']) {
      expect(() => requirePeoplePeriod(periodFromKey(key))).not.toThrow();
    }
    expect(() => requirePeoplePeriod(periodFromKey('2026-01-01..2026-01-31'))).toThrow(/not for a range of days/);
  });

  it('makes series of years, quarters and months across year ends, at most 40 periods', () => {
    expect(periodSeries('2025-11-15', '2026-02-01', ReportGranularity.MONTH).map((period) => period.key)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(periodSeries('2025-11-15', '2026-02-01', ReportGranularity.QUARTER).map((period) => period.key)).toEqual(['2025-Q4', '2026-Q1']);
    expect(periodSeries('2025-11-15', '2026-02-01', ReportGranularity.YEAR).map((period) => period.key)).toEqual(['2025', '2026']);
    expect(periodSeries('2023-01-01', '2026-04-30', ReportGranularity.MONTH)).toHaveLength(40);
    expect(() => periodSeries('2023-01-01', '2026-05-01', ReportGranularity.MONTH)).toThrow(/at most 40/);
  });
});
