import { FetchLikeResponse, withBody } from '../subgraph-http-client';
import { SubgraphAnswer, SubgraphOperation, canMerge, mergeOperations } from './merge-operations';

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

  const dispatch = (key: string): void => {
    const queue = waiting.get(key) ?? [];
    waiting.delete(key);
    if (queue.length === 1) {
      fetch(queue[0].url, queue[0].init).then(queue[0].resolve, queue[0].reject);
      return;
    }
    const parts = queue.map((entry) => ({ entry, operation: JSON.parse(entry.init.body) as SubgraphOperation }));
    const mergeable = parts.filter((part) => canMerge(part.operation));
    for (const part of parts) {
      if (!mergeable.includes(part)) fetch(part.entry.url, part.entry.init).then(part.entry.resolve, part.entry.reject);
    }
    if (mergeable.length === 0) return;
    if (mergeable.length === 1) {
      fetch(mergeable[0].entry.url, mergeable[0].entry.init).then(mergeable[0].entry.resolve, mergeable[0].entry.reject);
      return;
    }
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
