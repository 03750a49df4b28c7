import { type Logger, errorFields } from '@icssi/platform';

/** Calls a CDN's purge API with the surrogate keys a write invalidated. */
export type CdnPurge = (keys: string[]) => Promise<void>;

/**
 * The purge hook (CDN_PURGE_URL). With `{key}` in the URL, one POST per key (Fastly's
 * `/service/<id>/purge/{key}`); without, one POST of `{"surrogate_keys": [...], "tags": [...]}`
 * (Fastly's batch purge reads the first, Cloudflare's purge_cache the second). A failed purge is
 * logged; the answers' max-age bounds how long a CDN can keep them.
 */
export function cdnPurge(urlTemplate: string | undefined, headers: Record<string, string>, logger: Logger): CdnPurge | null {
  if (!urlTemplate) return null;
  const post = async (url: string, body?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      body,
      signal: AbortSignal.timeout(5000),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`CDN purge answered ${response.status}`);
  };
  return async (keys) => {
    if (keys.length === 0) return;
    try {
      if (urlTemplate.includes('{key}'))
        await Promise.all(keys.map((key) => post(urlTemplate.replaceAll('{key}', encodeURIComponent(key)))));
      else await post(urlTemplate, JSON.stringify({ surrogate_keys: keys, tags: keys }));
    } catch (error) {
      logger.warn('CDN purge failed', { keys: keys.length, ...errorFields(error) });
    }
  };
}
