import { isDatabaseUnavailable } from '@icssi/platform';

describe('isDatabaseUnavailable (a masked UNAVAILABLE, not a bug)', () => {
  it('knows a refused or cut connection, over TCP and over a Unix socket', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    // The embedded server's socket file is gone while it is stopped.
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ENOENT /tmp/pg/.s.PGSQL.54329'), { code: 'ENOENT', syscall: 'connect' })),
    ).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: '57P01' } })).toBe(true);
  });

  it('does not take a missing file or a bad statement for an outage', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', syscall: 'open' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
  });
});
