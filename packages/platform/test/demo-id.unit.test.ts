import { demoId, isUuid } from '@icssi/platform';

describe('demo ids', () => {
  it('are stable, distinct per kind and slug, and valid UUIDs', () => {
    const a = demoId('organisation', 'icssi');
    expect(demoId('organisation', 'icssi')).toBe(a);
    expect(demoId('working-group', 'icssi')).not.toBe(a);
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe('5');
    expect(isUuid('not-a-uuid')).toBe(false);
  });
});
