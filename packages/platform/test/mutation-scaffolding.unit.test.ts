import {
  ANONYMOUS_VIEWER,
  Locale,
  Region,
  Role,
  UserErrorCode,
  type Viewer,
  archivedUnless,
  hashInput,
  loadTarget,
  payloadOf,
  runWrite,
  splitIdempotencyKey,
} from '@icssi/platform';

/** The scaffolding runWrite, loadTarget and payloadOf share for every writer, without a database. */
const viewer = (roles: Role[]): Viewer => ({ ...ANONYMOUS_VIEWER, id: `test-${roles.join('-')}`, roles, region: Region.FEDERAL_IRAQ });

describe('splitIdempotencyKey', () => {
  it('takes the key out of the input and leaves the rest', () => {
    const input = { slug: 'a', title: { en: 'A' }, idempotencyKey: 'k-1' };
    expect(splitIdempotencyKey(input)).toEqual({ idempotencyKey: 'k-1', hashed: { slug: 'a', title: { en: 'A' } } });
  });

  it('has no key for inputs without one (updates) or with a null one', () => {
    expect(splitIdempotencyKey({ id: 'x', version: 1 }).idempotencyKey).toBeNull();
    expect(splitIdempotencyKey({ id: 'x', idempotencyKey: null }).idempotencyKey).toBeNull();
  });

  it('hashes like the key-less input the writers hashed before (stored keys stay valid)', () => {
    const input = { slug: 'a', idempotencyKey: 'k-1', regions: ['FEDERAL'] };
    expect(hashInput(splitIdempotencyKey(input).hashed)).toBe(hashInput({ ...input, idempotencyKey: undefined }));
    // A retry with another key but the same input compares equal; another input does not.
    expect(hashInput(splitIdempotencyKey({ ...input, idempotencyKey: 'k-2' }).hashed)).toBe(hashInput(splitIdempotencyKey(input).hashed));
    expect(hashInput(splitIdempotencyKey({ ...input, slug: 'b' }).hashed)).not.toBe(hashInput(splitIdempotencyKey(input).hashed));
  });
});

describe('runWrite', () => {
  const spec = { operation: 'createThing', entityType: 'Thing', input: {}, execute: () => Promise.reject(new Error('not reached')) };

  it.each([[[Role.MEMBER]], [[Role.BRIDGE]], [[]]])('refuses viewers with roles %j before anything is read or written', (roles) => {
    // No data source at all: the refusal comes before any use of it.
    expect(() => runWrite(null as never, { viewer: viewer(roles), locale: Locale.en, requestId: 'r' }, spec)).toThrow(
      'Only editors and admins may change records.',
    );
  });
});

describe('loadTarget', () => {
  it('answers a malformed id as an unknown one, without a query', async () => {
    const rule = { select: 'SELECT * FROM thing WHERE id = $1', allowed: () => true };
    await expect(loadTarget(null as never, Locale.en, 'not-a-uuid', rule)).resolves.toEqual({
      userErrors: [{ code: UserErrorCode.NOT_FOUND, field: ['input', 'id'], message: 'No such record.' }],
    });
  });

  it('treats archived rows as gone except to archive them again', () => {
    expect(archivedUnless(false)({ archived_at: new Date() })).toBe(true);
    expect(archivedUnless(true)({ archived_at: new Date() })).toBe(false);
    expect(archivedUnless(false)({ archived_at: null })).toBe(false);
    expect(archivedUnless(false, 'season_archived_at')({ archived_at: null, season_archived_at: new Date() })).toBe(true);
  });
});

describe('payloadOf', () => {
  it('reads the record written back through the gate', async () => {
    const read = jest.fn((id: string) => Promise.resolve({ id }));
    await expect(payloadOf('thing', { entityId: 't-1', userErrors: [] }, read)).resolves.toEqual({ thing: { id: 't-1' }, userErrors: [] });
    expect(read).toHaveBeenCalledWith('t-1');
  });

  it('reads nothing when user errors say why nothing was written', async () => {
    const read = jest.fn(() => Promise.resolve({}));
    const userErrors = [{ code: UserErrorCode.INVALID, field: ['input'], message: 'no' }];
    await expect(payloadOf('thing', Promise.resolve({ entityId: null, userErrors }), read)).resolves.toEqual({ thing: null, userErrors });
    expect(read).not.toHaveBeenCalled();
  });
});
