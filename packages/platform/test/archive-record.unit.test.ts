import { ARCHIVED_AT, Locale, UserErrorCode, stillInUseErrors } from '@icssi/platform';

/** The checks archiveRecord makes before it archives, without a database. */
describe('stillInUseErrors', () => {
  it('lets a record nothing uses go', () => {
    expect(stillInUseErrors(Locale.en, 0, 'seasons')).toEqual([]);
  });

  it('refuses one still in use, on input.id, naming how many of what', () => {
    const errors = stillInUseErrors(Locale.en, 3, 'seasons');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: UserErrorCode.INVALID, field: ['input', 'id'] });
    expect(errors[0].message).toContain('3 seasons');
  });
});

describe('ARCHIVED_AT', () => {
  it('knows an archived row by its archived_at', () => {
    expect(ARCHIVED_AT.archived({ id: 'x', archived_at: new Date() })).toBe(true);
    expect(ARCHIVED_AT.archived({ id: 'x', archived_at: null })).toBe(false);
  });

  it('archives as of now', () => {
    const before = Date.now();
    const { archived_at: archivedAt } = ARCHIVED_AT.values() as { archived_at: Date };
    expect(archivedAt.getTime()).toBeGreaterThanOrEqual(before);
  });
});
