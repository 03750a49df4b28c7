import { canMerge, mergeOperations } from '../src/batching/merge-operations';

const ENTITIES =
  'query Page__organisations__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Governorate { name } } }';
const GROUPS =
  'query Page__organisations__2($representations: [_Any!]!, $locale: String) { _entities(representations: $representations) { ...G } } fragment G on WorkingGroup { name(locale: $locale) }';

describe('merging subgraph queries', () => {
  it('renames each part apart and splits data and errors back to their part', () => {
    const merged = mergeOperations([
      {
        query: ENTITIES,
        variables: { representations: [{ __typename: 'Governorate', code: 'IQ-BG' }] },
        operationName: 'Page__organisations__1',
      },
      {
        query: GROUPS,
        variables: { representations: [{ __typename: 'WorkingGroup', id: 'w1' }], locale: 'ar' },
        operationName: 'Page__organisations__2',
      },
    ]);
    expect(merged.body.operationName).toBe('Page__organisations__1__batch');
    expect(merged.body.query).toContain('b0__entities: _entities(representations: $b0_representations)');
    expect(merged.body.query).toContain('b1__entities: _entities(representations: $b1_representations)');
    expect(merged.body.query).toContain('fragment b1_G on WorkingGroup');
    expect(merged.body.query).toContain('name(locale: $b1_locale)');
    expect(merged.body.variables).toEqual({
      b0_representations: [{ __typename: 'Governorate', code: 'IQ-BG' }],
      b1_representations: [{ __typename: 'WorkingGroup', id: 'w1' }],
      b1_locale: 'ar',
    });
    const answers = merged.split({
      data: { b0__entities: [{ name: 'Baghdad' }], b1__entities: [null] },
      errors: [{ message: 'locked', path: ['b1__entities', 0] }, { message: 'no path' }],
    });
    expect(answers).toEqual([
      { data: { _entities: [{ name: 'Baghdad' }] }, errors: [{ message: 'no path' }] },
      { data: { _entities: [null] }, errors: [{ message: 'locked', path: ['_entities', 0] }, { message: 'no path' }] },
    ]);
  });

  it('leaves mutations, several operations and unparsable text alone', () => {
    expect(canMerge({ query: 'mutation M { a }' })).toBe(false);
    expect(canMerge({ query: 'query A { a } query B { b }' })).toBe(false);
    expect(canMerge({ query: 'query {' })).toBe(false);
    expect(canMerge({ query: ENTITIES })).toBe(true);
  });
});
