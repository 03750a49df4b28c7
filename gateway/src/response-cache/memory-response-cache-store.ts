import { LRUCache } from 'lru-cache';
import { ALL_TAG } from './entity-keys';
import { type CachedAnswer, INVALIDATION_MEMORY_MS, type ResponseCacheStore } from './response-cache-store';

/** Answers in this process's memory (one gateway replica): an LRU with a tag index. */
export function memoryResponseCacheStore(maxEntries: number): ResponseCacheStore {
  const keysByTag = new Map<string, Set<string>>();
  const answers = new LRUCache<string, CachedAnswer>({
    max: maxEntries,
    // An evicted or expired answer leaves the tag index too.
    dispose: (answer, key) => {
      for (const tag of answer.tags) {
        const keys = keysByTag.get(tag);
        keys?.delete(key);
        if (keys && keys.size === 0) keysByTag.delete(tag);
      }
    },
  });
  const invalidatedAt = new Map<string, number>();
  // Strictly increasing, so a read and an invalidation in the same millisecond are still ordered.
  let clock = 0;
  const now = () => (clock = Math.max(clock + 1, Date.now() * 1000));
  const forget = (horizon: number) => {
    for (const [tag, at] of invalidatedAt) if (at < horizon) invalidatedAt.delete(tag);
  };
  return {
    async get(key) {
      return { answer: answers.get(key) ?? null, readAt: now() };
    },
    async set(key, answer, ttlMs, readAt) {
      for (const tag of answer.tags) if ((invalidatedAt.get(tag) ?? 0) > readAt) return;
      answers.set(key, answer, { ttl: ttlMs });
      for (const tag of answer.tags) {
        let keys = keysByTag.get(tag);
        if (!keys) keysByTag.set(tag, (keys = new Set()));
        keys.add(key);
      }
    },
    async invalidate(tags) {
      const at = now();
      if (invalidatedAt.size > 10_000) forget(at - INVALIDATION_MEMORY_MS * 1000);
      for (const tag of tags) {
        invalidatedAt.set(tag, at);
        if (tag === ALL_TAG) answers.clear();
        for (const key of [...(keysByTag.get(tag) ?? [])]) answers.delete(key);
      }
    },
    async ready() {},
    async close() {
      answers.clear();
    },
  };
}
