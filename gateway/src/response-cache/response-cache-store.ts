/** One cached answer: the result body and the tags of the entities it shows. */
export interface CachedAnswer {
  data: Record<string, unknown>;
  tags: string[];
}

/**
 * Where answers are kept. Writes that raced an invalidation are refused: an answer computed from a
 * read that began before a write must not be stored after that write invalidated its tags.
 */
export interface ResponseCacheStore {
  /** The answer under `key`, if any, and the store's clock at the time of reading (ms). */
  get(key: string): Promise<{ answer: CachedAnswer | null; readAt: number }>;
  /** Keeps the answer unless one of its tags was invalidated after `readAt`. */
  set(key: string, answer: CachedAnswer, ttlMs: number, readAt: number): Promise<void>;
  /** Drops every answer carrying one of the tags, in every replica sharing the store. */
  invalidate(tags: string[]): Promise<void>;
  /** Resolves once a shared store is connected, or after `timeoutMs` (the cache is bypassed meanwhile). */
  ready(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** How long a store remembers when a tag was invalidated: longer than any request takes. */
export const INVALIDATION_MEMORY_MS = 120_000;
