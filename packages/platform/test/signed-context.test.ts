import { ANONYMOUS_VIEWER, ForwardedContext, Locale, Region, Role, signContext, verifyContext } from '@icssi/platform';

const SECRET = 'test-secret';
const context = (issuedAt: number): ForwardedContext => ({
  viewer: { id: 'u1', roles: [Role.EDITOR], region: Region.KURDISTAN_REGION },
  locale: Locale.ckb,
  requestId: 'r-1',
  issuedAt,
});

describe('signed context header', () => {
  it('round-trips a context signed with the shared secret', () => {
    const now = Date.now();
    expect(verifyContext(signContext(context(now), SECRET), SECRET, 60_000, now)).toEqual(context(now));
  });

  it('rejects a missing, malformed, or wrongly signed header', () => {
    const now = Date.now();
    const header = signContext(context(now), SECRET);
    expect(verifyContext(undefined, SECRET, 60_000, now)).toBeNull();
    expect(verifyContext('', SECRET, 60_000, now)).toBeNull();
    expect(verifyContext('abc', SECRET, 60_000, now)).toBeNull();
    expect(verifyContext(`${header}.x`, SECRET, 60_000, now)).toBeNull();
    expect(verifyContext(header, 'another-secret', 60_000, now)).toBeNull();
  });

  it('rejects a tampered payload (e.g. a role raised to ADMIN)', () => {
    const now = Date.now();
    const [, signature] = signContext(context(now), SECRET).split('.');
    const forged = Buffer.from(JSON.stringify({ ...context(now), viewer: { id: 'u1', roles: [Role.ADMIN], region: null } })).toString('base64url');
    expect(verifyContext(`${forged}.${signature}`, SECRET, 60_000, now)).toBeNull();
  });

  it('rejects a replay older than the window, and nonsense content even when signed', () => {
    const now = Date.now();
    expect(verifyContext(signContext(context(now - 61_000), SECRET), SECRET, 60_000, now)).toBeNull();
    const weird = signContext({ ...context(now), viewer: { ...ANONYMOUS_VIEWER, roles: ['ROOT' as Role] } }, SECRET);
    expect(verifyContext(weird, SECRET, 60_000, now)).toBeNull();
  });
});
