import { type WriteScenario } from './write-scenario';

const IMPLEMENTATION_PAGE = `query ImplementationPage($id: ID!) { implementation(id: $id) { id version progress } }`;

export interface StaleReadCheck {
  /** S5's write scenario, checking each accepted write by reading its record's page right after. */
  writes: WriteScenario;
  /** Reads every record S5 may write once, so their pages are in the cache before the writes. */
  warm: (ids: string[]) => Promise<void>;
  /** Waits for the reads still under way; then `reads`, `stale` and `hits` are final. */
  settle: () => Promise<{ reads: number; stale: number; hits: number }>;
}

/**
 * Stale reads: after each write through the cached gateway has answered, the written record's page,
 * read anonymously through the same cache, must show the new version (the gateway invalidates before
 * it answers the write, so the invalidation window is over by then). Every read after an accepted
 * write counts; one showing an older version is stale.
 */
export function checkStaleReads(url: string, writes: WriteScenario): StaleReadCheck {
  let reads = 0;
  let stale = 0;
  let hits = 0;
  const pending: Array<Promise<void>> = [];
  const read = async (id: string): Promise<{ version: number; hit: boolean }> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: IMPLEMENTATION_PAGE, variables: { id } }),
    });
    const body = (await response.json()) as { data?: { implementation: { version: number } | null } };
    return { version: body.data?.implementation?.version ?? -1, hit: response.headers.get('x-response-cache') === 'hit' };
  };
  return {
    writes: {
      ...writes,
      accept: (status, responseBody, request) => {
        const accepted = writes.accept(status, responseBody, request);
        if (accepted) {
          const written = (
            JSON.parse(responseBody) as { data: { recordImplementationUpdate: { implementation: { id: string; version: number } } } }
          ).data.recordImplementationUpdate.implementation;
          pending.push(
            read(written.id).then((seen) => {
              reads += 1;
              if (seen.version < written.version) stale += 1;
            }),
          );
        }
        return accepted;
      },
    },
    warm: async (ids) => {
      for (const id of ids) {
        await read(id);
        if ((await read(id)).hit) hits += 1;
      }
    },
    settle: async () => {
      await Promise.all(pending);
      return { reads, stale, hits };
    },
  };
}
