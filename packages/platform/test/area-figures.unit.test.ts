import { type AreaFigureRow, areaFiguresOf, loadScopedAreaFigures, noGovernorateArea, Region } from '@icssi/platform';

const FIGURES = {
  byKind: 'countsByKey',
  members: 'people',
  membersByGender: 'peopleByKey',
  implemented: 'number',
  averageProgress: 'numberOrNull',
} as const;

const row = (area: string, metric: string, key: string | null, n: number, ck: number | string | null = null): AreaFigureRow => ({
  area,
  metric,
  key,
  n,
  ck,
});

describe('areaFiguresOf: one area’s figures from the rows of a report statement', () => {
  it('gives every asked-for area, in order, empty figures when it has no rows', () => {
    const [figures] = areaFiguresOf(FIGURES, ['IQ-BG'], '2025', []);
    expect(figures).toEqual({
      key: 'IQ-BG|2025',
      byKind: new Map(),
      members: { count: 0, cellKey: 0 },
      membersByGender: new Map(),
      implemented: 0,
      averageProgress: null,
    });
    expect(areaFiguresOf(FIGURES, ['b', 'a'], 'p', []).map((entry) => entry.key)).toEqual(['b|p', 'a|p']);
  });

  it('reads counts by key, people with their cell keys (bigint text too) and single numbers, each row to its own area', () => {
    const rows = [
      row('KURDISTAN_REGION', 'byKind', 'NETWORK', 3),
      row('KURDISTAN_REGION', 'byKind', 'MEDIA', 1),
      row('FEDERAL_IRAQ', 'byKind', 'NETWORK', 7),
      row('KURDISTAN_REGION', 'members', null, 12, '4294967296'),
      row('KURDISTAN_REGION', 'membersByGender', 'FEMALE', 5, 77),
      row('KURDISTAN_REGION', 'implemented', null, 2),
      row('KURDISTAN_REGION', 'averageProgress', null, 42.5),
    ];
    const [kurdistan, federal] = areaFiguresOf(FIGURES, ['KURDISTAN_REGION', 'FEDERAL_IRAQ'], '2025', rows);
    expect(kurdistan!.byKind).toEqual(
      new Map([
        ['NETWORK', 3],
        ['MEDIA', 1],
      ]),
    );
    expect(kurdistan!.members).toEqual({ count: 12, cellKey: 4294967296 });
    expect(kurdistan!.membersByGender.get('FEMALE')).toEqual({ count: 5, cellKey: 77 });
    expect(kurdistan!.implemented).toBe(2);
    expect(kurdistan!.averageProgress).toBe(42.5);
    expect(federal!.byKind).toEqual(new Map([['NETWORK', 7]]));
    expect(federal!.members).toEqual({ count: 0, cellKey: 0 });
  });

  it('ignores rows of areas not asked for and of metrics it does not know', () => {
    const [figures] = areaFiguresOf(FIGURES, ['a'], 'p', [row('b', 'byKind', 'X', 1), row('a', 'toString', null, 9)]);
    expect(figures!.byKind.size).toBe(0);
    expect(Object.keys(figures!)).toEqual(['key', ...Object.keys(FIGURES)]);
  });
});

describe('loadScopedAreaFigures: one statement per period, with the scope’s SQL and the areas’ regions', () => {
  const SCOPES = { region: 'region sql', governorate: 'governorate sql' } as const;

  it('groups keys by period and passes region areas as their own regions', async () => {
    const calls: Array<{ areas: string[]; period: string; scope: string; regions: string[] }> = [];
    const result = await loadScopedAreaFigures(
      ['FEDERAL_IRAQ|2025', 'KURDISTAN_REGION|2025', 'FEDERAL_IRAQ|2024'],
      'region',
      SCOPES,
      async (query) => {
        calls.push({ areas: query.areas, period: query.period.key, scope: query.scope, regions: query.regions });
        return query.areas.map((area) => `${area}|${query.period.key}`);
      },
    );
    expect(calls).toEqual([
      { areas: ['FEDERAL_IRAQ', 'KURDISTAN_REGION'], period: '2025', scope: 'region sql', regions: ['FEDERAL_IRAQ', 'KURDISTAN_REGION'] },
      { areas: ['FEDERAL_IRAQ'], period: '2024', scope: 'region sql', regions: ['FEDERAL_IRAQ'] },
    ]);
    expect(result).toEqual(['FEDERAL_IRAQ|2025', 'KURDISTAN_REGION|2025', 'FEDERAL_IRAQ|2024']);
  });

  it('passes governorate areas with the regions they lie in (a region’s "no governorate" area included)', async () => {
    let regions: string[] = [];
    await loadScopedAreaFigures(
      ['IQ-AR|2025', `${noGovernorateArea(Region.KURDISTAN_REGION)}|2025`, 'IQ-BG|2025'],
      'governorate',
      SCOPES,
      async (query) => {
        regions = query.regions;
        expect(query.scope).toBe('governorate sql');
        return [];
      },
    );
    expect([...regions].sort()).toEqual([Region.FEDERAL_IRAQ, Region.KURDISTAN_REGION]);
  });
});
