import DataLoader from 'dataloader';
import { isUuid } from '../ids/record-keys';

/**
 * One entity per key, in key order, null where missing. `fetch` runs once per batch (one SQL
 * statement with `= ANY($1)`), however many keys were asked for in the same tick.
 */
export function keyedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V>();
    for (const row of rows) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** All rows belonging to each key (e.g. the campaigns of each organisation), in key order. */
export function groupedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, groupOf: (value: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, V[]>();
    for (const row of rows) {
      const key = groupOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * Like keyedLoader for UUID keys: keys that are not UUIDs resolve to null without reaching SQL
 * (PostgreSQL would reject them with an error instead of "not found").
 */
export function uuidKeyedLoader<V>(fetch: (ids: string[]) => Promise<V[]>, keyOf: (value: V) => string): DataLoader<string, V | null> {
  return keyedLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    return valid.length ? fetch(valid) : [];
  }, keyOf);
}

/** grouped loader for UUID keys (see uuidKeyedLoader). */
export function uuidGroupedLoader<V>(fetch: (ids: string[]) => Promise<V[]>, groupOf: (value: V) => string): DataLoader<string, V[]> {
  return groupedLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    return valid.length ? fetch(valid) : [];
  }, groupOf);
}
