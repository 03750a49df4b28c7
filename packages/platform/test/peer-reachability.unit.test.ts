import { PeerReachability, isPeerUnreachable, peerErrorCode } from '@icssi/platform';

const refused = () =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });

describe('PeerReachability (a copy waiting for the lockdown list owner)', () => {
  it('says nothing while the peer has been unreachable for less than the grace period', () => {
    const peer = new PeerReachability('owner', 30_000);
    expect(peer.failed(refused(), 1_000)).toEqual({ level: 'none' });
    expect(peer.failed(refused(), 16_000)).toEqual({ level: 'none' });
    expect(peer.failed(refused(), 30_999)).toEqual({ level: 'none' });
  });

  it('says nothing at all when the peer answers within the grace period (a normal start)', () => {
    const peer = new PeerReachability('owner', 30_000);
    peer.failed(refused(), 0);
    expect(peer.succeeded(15_000)).toEqual({ level: 'none' });
    // the next outage has a grace period of its own
    expect(peer.failed(refused(), 100_000)).toEqual({ level: 'none' });
  });

  it('warns once, with message and code but no stack, when the grace period is over', () => {
    const peer = new PeerReachability('owner', 30_000);
    peer.failed(refused(), 0);
    const warning = peer.failed(refused(), 30_000);
    expect(warning).toEqual({
      level: 'warn',
      message: 'owner unreachable; keeping the last copy and trying again',
      fields: { error: 'fetch failed', code: 'ECONNREFUSED', unreachableMs: 30_000 },
    });
    expect(JSON.stringify(warning)).not.toContain('stack');
    expect(peer.failed(refused(), 45_000)).toEqual({ level: 'none' });
    expect(peer.failed(refused(), 600_000)).toEqual({ level: 'none' });
  });

  it('says once that the peer is back after a warning, and starts over', () => {
    const peer = new PeerReachability('owner', 30_000);
    peer.failed(refused(), 10_000);
    peer.failed(refused(), 40_000);
    expect(peer.succeeded(55_000)).toEqual({ level: 'info', message: 'owner reachable again', fields: { unreachableMs: 45_000 } });
    expect(peer.succeeded(70_000)).toEqual({ level: 'none' });
    expect(peer.failed(refused(), 80_000)).toEqual({ level: 'none' });
    expect(peer.failed(refused(), 110_000).level).toBe('warn');
  });

  it('with no grace period, warns at the first failure', () => {
    expect(new PeerReachability('owner', 0).failed(refused(), 5).level).toBe('warn');
  });
});

describe('isPeerUnreachable and peerErrorCode', () => {
  it('tells a peer that did not answer from one that answered with an error', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(isPeerUnreachable(refused())).toBe(true);
    expect(isPeerUnreachable(timeout)).toBe(true);
    expect(isPeerUnreachable(new Error('lockdown list: HTTP 401'))).toBe(false);
    expect(isPeerUnreachable('fetch failed')).toBe(false);
    expect(peerErrorCode(refused())).toBe('ECONNREFUSED');
    expect(peerErrorCode(timeout)).toBe('TimeoutError');
    expect(peerErrorCode(new Error('x'))).toBe('Error');
  });
});
