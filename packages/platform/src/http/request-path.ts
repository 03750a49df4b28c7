/**
 * The path of a request target exactly as sent, or null when routing on it would differ from
 * routing on what WHATWG URL parsing makes of it. Node's `new URL()` resolves `.` and `..`
 * segments (also percent-encoded ones such as `%2e%2e`), turns `\` into `/` and reads `//x` as a
 * host, so `/graphql/../metrics` would reach `/metrics`: such paths are refused, not routed.
 */
export function canonicalRequestPath(target: string | undefined): string | null {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  const rawPath = target.split(/[?#]/, 1)[0];
  let parsed: string;
  try {
    parsed = new URL(target, 'http://localhost').pathname;
  } catch {
    return null;
  }
  return parsed === rawPath ? rawPath : null;
}
