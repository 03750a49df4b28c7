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
