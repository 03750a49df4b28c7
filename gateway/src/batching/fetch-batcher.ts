import { type FetchLikeResponse, withBody } from '../subgraph-http-client';
import { type SubgraphAnswer, type SubgraphOperation, canMerge, mergeOperations } from './merge-operations';

export interface FetchInit {
  headers: Record<string, string>;
  body: string;
}

export type SubgraphFetch = (url: string, init: FetchInit) => Promise<FetchLikeResponse>;

interface Waiting {
  url: string;
  init: FetchInit;
  resolve: (response: FetchLikeResponse) => void;
  reject: (error: unknown) => void;
}

/**
 * Sends the queries one client request makes to one subgraph in the same tick as one HTTP request
 * (as DataLoader batches loads): the query planner issues parallel fetches separately. Fetches of
 * different client requests are never merged (they carry different viewers), nor mutations.
 */
export function batchingFetcher(fetch: SubgraphFetch): SubgraphFetch {
  const waiting = new Map<string, Waiting[]>();

  const sendAlone = (entry: Waiting): void => {
    fetch(entry.url, entry.init).then(entry.resolve, entry.reject);
  };

  const dispatch = (key: string): void => {
    const queue = waiting.get(key) ?? [];
    waiting.delete(key);
    // Alone in its tick, nothing to merge: not even parsed.
    if (queue.length === 1) return sendAlone(queue[0]);
    const parts = queue.map((entry) => ({ entry, operation: JSON.parse(entry.init.body) as SubgraphOperation }));
    const mergeable = parts.filter((part) => canMerge(part.operation));
    for (const part of parts) if (!mergeable.includes(part)) sendAlone(part.entry);
    if (mergeable.length < 2) return mergeable.forEach((part) => sendAlone(part.entry));
    const merged = mergeOperations(mergeable.map((part) => part.operation));
    const first = mergeable[0].entry;
    fetch(first.url, { ...first.init, body: JSON.stringify(merged.body) })
      .then(async (response) => {
        // A failed answer fails every part alike; a good one is split back by part.
        if (!response.ok) return mergeable.forEach((part) => part.entry.resolve(response));
        const answers = merged.split((await response.json()) as SubgraphAnswer);
        mergeable.forEach((part, k) => part.entry.resolve(withBody(response, JSON.stringify(answers[k]))));
      })
      .catch((error: unknown) => mergeable.forEach((part) => part.entry.reject(error)));
  };

  return (url, init) => {
    const requestId = init.headers['x-request-id'];
    if (!requestId) return fetch(url, init);
    const key = `${url} ${requestId}`;
    return new Promise((resolve, reject) => {
      let queue = waiting.get(key);
      if (!queue) {
        waiting.set(key, (queue = []));
        // After every fetch already on its way in this tick has joined (DataLoader's schedule).
        void Promise.resolve().then(() => process.nextTick(() => dispatch(key)));
      }
      queue.push({ url, init, resolve, reject });
    });
  };
}
