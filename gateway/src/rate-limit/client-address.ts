import { type IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** `::ffff:127.0.0.1` is 127.0.0.1. */
function normalise(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/** The proxies whose X-Forwarded-For is believed; entries are addresses or CIDR ranges. Throws on a bad entry. */
export function trustedProxyList(entries: readonly string[]): BlockList | null {
  if (!entries.length) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const family = isIP(address);
    if (!family || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)))
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(normalise(address), type);
    else list.addSubnet(normalise(address), Number(prefix), type);
  }
  return list;
}

const isTrusted = (list: BlockList, address: string) => {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
};

/**
 * The address a request comes from: the connection's peer, or, when that peer is a trusted proxy,
 * the nearest address in X-Forwarded-For that is not one (read from the right, where each proxy
 * appended what it saw). A client cannot choose its address by sending the header itself.
 */
export function clientAddress(request: IncomingMessage, trusted: BlockList | null): string {
  let client = normalise(request.socket.remoteAddress ?? 'unknown');
  if (!trusted || !isTrusted(trusted, client)) return client;
  const header = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map(normalise).filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    if (!isIP(hops[index])) break;
    client = hops[index];
    if (!isTrusted(trusted, client)) break;
  }
  return client;
}

/** The budget an address draws on: itself, or its /64 for IPv6 (one host's usual allocation). */
export function addressBudgetKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  // An embedded IPv4 tail (64:ff9b::1.2.3.4) takes two groups.
  const width = (groups: string[]) => groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  const groups = address.includes('::') ? [...left, ...Array(8 - width(left) - width(right)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
