import {
  ANONYMOUS_VIEWER,
  type ForwardedContext,
  Locale,
  Region,
  Role,
  SYSTEM_VIEWER,
  checkRequestDigest,
  isSystemViewer,
  requestDigest,
  signContext,
  signRequest,
  systemContext,
  verifyContext,
} from '@icssi/platform';

const SECRET = 'test-secret';
const BODY = '{"query":"{ __typename }"}';
const context = (issuedAt: number): ForwardedContext => ({
  viewer: { id: 'u1', roles: [Role.EDITOR], region: Region.KURDISTAN_REGION },
  locale: Locale.ckb,
  requestId: 'r-1',
  issuedAt,
  audience: 'campaigns',
  digest: requestDigest('POST', '/graphql', BODY),
  nonce: 'AAAAAAAAAAAAAAAAAAAAAA',
});
const expect5s = (now: number) => ({ audience: 'campaigns', maxAgeMs: 5_000, now });

describe('signed context header', () => {
  it('round-trips a context signed with the shared secret', () => {
    const now = Date.now();
    expect(verifyContext(signContext(context(now), SECRET), SECRET, expect5s(now))).toEqual(context(now));
  });

  it('rejects a missing, malformed, or wrongly signed header', () => {
    const now = Date.now();
    const header = signContext(context(now), SECRET);
    expect(verifyContext(undefined, SECRET, expect5s(now))).toBeNull();
    expect(verifyContext('', SECRET, expect5s(now))).toBeNull();
    expect(verifyContext('abc', SECRET, expect5s(now))).toBeNull();
    expect(verifyContext(`${header}.x`, SECRET, expect5s(now))).toBeNull();
    expect(verifyContext(header, 'another-secret', expect5s(now))).toBeNull();
  });

  it('rejects a tampered payload (e.g. a role raised to ADMIN)', () => {
    const now = Date.now();
    const [, signature] = signContext(context(now), SECRET).split('.');
    const forged = Buffer.from(JSON.stringify({ ...context(now), viewer: { id: 'u1', roles: [Role.ADMIN], region: null } })).toString(
      'base64url',
    );
    expect(verifyContext(`${forged}.${signature}`, SECRET, expect5s(now))).toBeNull();
  });

  it('rejects a context older than a few seconds, one for another subgraph, and nonsense content even when signed', () => {
    const now = Date.now();
    expect(verifyContext(signContext(context(now - 5_001), SECRET), SECRET, expect5s(now))).toBeNull();
    expect(verifyContext(signContext(context(now - 4_000), SECRET), SECRET, expect5s(now))).not.toBeNull();
    expect(verifyContext(signContext(context(now), SECRET), SECRET, { ...expect5s(now), audience: 'organisations' })).toBeNull();
    const weird = signContext({ ...context(now), viewer: { ...ANONYMOUS_VIEWER, roles: ['ROOT' as Role] } }, SECRET);
    expect(verifyContext(weird, SECRET, expect5s(now))).toBeNull();
  });

  it('binds the method, path and body it was signed for', () => {
    const now = Date.now();
    const header = signRequest(
      { viewer: ANONYMOUS_VIEWER, locale: Locale.en, requestId: 'r' },
      { audience: 'campaigns', method: 'POST', path: '/graphql', body: BODY },
      SECRET,
      now,
    );
    const verified = verifyContext(header, SECRET, expect5s(now))!;
    expect(checkRequestDigest(verified, 'POST', '/graphql', BODY)).toBe(true);
    expect(checkRequestDigest(verified, 'POST', '/graphql', BODY.replace('__typename', 'campaigns { totalCount }'))).toBe(false);
    expect(checkRequestDigest(verified, 'POST', '/internal/lockdowns', BODY)).toBe(false);
    expect(checkRequestDigest(verified, 'GET', '/graphql', BODY)).toBe(false);
  });

  it('gives every request its own nonce, and tells the system identity from any user', () => {
    const caller = systemContext('r');
    const target = { audience: 'campaigns', method: 'GET', path: '/internal/lockdowns', body: '' };
    const now = Date.now();
    const [a, b] = [signRequest(caller, target, SECRET, now), signRequest(caller, target, SECRET, now)].map((header) =>
      verifyContext(header, SECRET, expect5s(now))!,
    );
    expect(a.nonce).not.toBe(b.nonce);
    expect(isSystemViewer(a.viewer)).toBe(true);
    expect(isSystemViewer({ id: SYSTEM_VIEWER.id, roles: [Role.ADMIN], region: null })).toBe(false);
    expect(isSystemViewer(ANONYMOUS_VIEWER)).toBe(false);
  });
});
