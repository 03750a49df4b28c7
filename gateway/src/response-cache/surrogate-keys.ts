/** Longest surrogate-key header a CDN accepts with room to spare (Fastly and Cloudflare: 16 KB). */
const MAX_HEADER_CHARS = 8000;

/**
 * `Surrogate-Key` (Fastly and others, space-separated) and `Cache-Tag` (Cloudflare, comma-separated)
 * naming the entities of an answer; null when they do not fit, and then a CDN must not keep it.
 */
export function surrogateKeyHeaders(tags: Iterable<string>): { surrogateKey: string; cacheTag: string } | null {
  const keys = [...new Set(tags)].sort();
  const surrogateKey = keys.join(' ');
  if (surrogateKey.length > MAX_HEADER_CHARS) return null;
  return { surrogateKey, cacheTag: keys.join(',') };
}

/**
 * Names an answer's entities in its headers (a HeaderMap is a Map); when the keys do not fit, a
 * public answer becomes `no-store`, since what a CDN cannot purge it must not keep.
 */
export function setSurrogateKeys(headers: Map<string, string>, tags: Iterable<string>): void {
  const surrogate = surrogateKeyHeaders(tags);
  if (surrogate) {
    headers.set('surrogate-key', surrogate.surrogateKey);
    headers.set('cache-tag', surrogate.cacheTag);
  } else {
    headers.delete('surrogate-key');
    headers.delete('cache-tag');
    if (headers.get('cache-control')?.startsWith('public')) headers.set('cache-control', 'no-store');
  }
}
