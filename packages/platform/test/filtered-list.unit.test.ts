import { FilteredList, type KeysetLister, type ListSource, Locale, type SortSpec, SqlParams } from '@icssi/platform';

/** What FilteredList asks of the lister, without a database: the source's conditions and the ordering. */
describe('FilteredList', () => {
  const calls: Array<{ where: string[]; params: unknown[]; sort: SortSpec }> = [];
  const lister: Pick<KeysetLister<{ id: string }>, 'page'> = {
    page: (source: ListSource, sort: SortSpec) => {
      const params = new SqlParams();
      calls.push({ where: source.where(params), params: params.values, sort });
      return Promise.resolve({
        edges: [],
        nodes: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        totalCount: Promise.resolve(0),
      });
    },
  };
  const seen: unknown[] = [];
  const list = new FilteredList<{ id: string }, { region?: string; text?: string }, string>(lister, {
    from: 'thing e',
    conditions: (filter, params, viewer) => {
      seen.push({ filter, viewer });
      return 'region' in filter && filter.region ? [`e.region = ${params.add(filter.region)}`] : [];
    },
    nameColumn: 'e.name',
  });
  const bySlug: SortSpec = { key: 'slug', expression: 'e.slug', type: 'text', direction: 'ASC' };

  beforeEach(() => {
    calls.length = 0;
    seen.length = 0;
  });

  it('lists with the filter (none: an empty one), the ordering given and the context', async () => {
    await list.list({ region: 'ERBIL' }, bySlug, {}, 'viewer');
    await list.list(null, bySlug, {}, 'viewer');
    expect(calls.map((call) => call.where)).toEqual([['e.region = $1'], []]);
    expect(calls[0].sort).toBe(bySlug);
    expect(seen).toEqual([
      { filter: { region: 'ERBIL' }, viewer: 'viewer' },
      { filter: {}, viewer: 'viewer' },
    ]);
  });

  it('searches with the text as the filter, by relevance then the name in the reader language', async () => {
    await list.search('nineveh', {}, Locale.ar, 'viewer');
    expect(seen).toEqual([{ filter: { text: 'nineveh' }, viewer: 'viewer' }]);
    const { sort } = calls[0];
    expect(sort.key).toBe('relevance:nineveh');
    const params = new SqlParams();
    const expression = typeof sort.expression === 'function' ? sort.expression(params) : sort.expression;
    expect(expression).toContain('e.search_text');
    expect(expression).toContain('e.name');
  });
});
