import { type IncomingMessage } from 'node:http';
import { addressBudgetKey, clientAddress, trustedProxyList } from '../src/rate-limit/client-address';

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

describe('the client address of a request', () => {
  it('is the connection peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), null)).toBe('203.0.113.7');
    expect(clientAddress(request('::ffff:203.0.113.7'), null)).toBe('203.0.113.7');
  });

  it('is read from X-Forwarded-For only through a trusted proxy, from the right, skipping trusted hops', () => {
    const trusted = trustedProxyList(['10.0.0.0/8', '127.0.0.1']);
    // An untrusted peer's header is not believed.
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), trusted)).toBe('203.0.113.7');
    // Through the ingress (10.1.2.3): what it appended is the client.
    expect(clientAddress(request('10.1.2.3', '198.51.100.1'), trusted)).toBe('198.51.100.1');
    // A client that sends its own header cannot choose: only the hop the proxy appended counts.
    expect(clientAddress(request('10.1.2.3', '192.0.2.66, 198.51.100.1'), trusted)).toBe('198.51.100.1');
    // Two trusted proxies in a row.
    expect(clientAddress(request('127.0.0.1', '198.51.100.1, 10.9.9.9'), trusted)).toBe('198.51.100.1');
    // IPv6 ranges too (the Kubernetes manifest trusts fc00::/7).
    expect(clientAddress(request('fd12::7', '2001:db8::5'), trustedProxyList(['fc00::/7']))).toBe('2001:db8::5');
    // Garbage stops the walk at the last address a trusted proxy vouched for.
    expect(clientAddress(request('10.1.2.3', 'not-an-ip'), trusted)).toBe('10.1.2.3');
  });

  it('refuses a malformed trusted proxy entry', () => {
    expect(() => trustedProxyList(['10.0.0.0/x'])).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxyList(['proxy.internal'])).toThrow(/TRUSTED_PROXIES/);
  });

  it('draws on one budget per IPv4 address and per IPv6 /64', () => {
    expect(addressBudgetKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBudgetKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressBudgetKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressBudgetKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBudgetKey('::1')).toBe('0:0:0:0::/64');
  });
});
