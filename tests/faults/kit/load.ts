import { type GraphqlResponse } from '@icssi/test-kit/test-subgraph';

export interface Sample<T> {
  /** When the request was sent and answered (ms since the load started). */
  sentAt: number;
  answeredAt: number;
  status: number | null;
  body: GraphqlResponse<T>['body'] | null;
  /** A network error instead of an answer (connection refused or reset). */
  error: string | null;
}

/**
 * Sends `total` requests with `concurrency` in flight at any time (bounded by count, not by time)
 * and records each answer. `onAnswer` sees the number answered so far (to inject a fault mid-load).
 */
export async function runLoad<T>(options: {
  total: number;
  concurrency: number;
  send: (index: number) => Promise<GraphqlResponse<T>>;
  onAnswer?: (answered: number, sample: Sample<T>) => void | Promise<void>;
  /** Pause between one worker's requests (spreads a bounded load over a fault window). */
  pauseMs?: number;
  /** Stop early (before `total`) once this returns true. */
  done?: () => boolean;
}): Promise<Array<Sample<T>>> {
  const started = Date.now();
  const samples: Array<Sample<T>> = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < options.total && !options.done?.()) {
      const index = next++;
      const sentAt = Date.now() - started;
      let sample: Sample<T>;
      try {
        const { status, body } = await options.send(index);
        sample = { sentAt, answeredAt: Date.now() - started, status, body, error: null };
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause;
        sample = { sentAt, answeredAt: Date.now() - started, status: null, body: null, error: cause?.code ?? String(error) };
      }
      samples.push(sample);
      await options.onAnswer?.(samples.length, sample);
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return samples;
}

/** Text that must never appear in a response: internal addresses, stack traces, SQL. */
export const LEAK = /127\.0\.0\.1|localhost|ECONNREFUSED|ECONNRESET|:\d{4,5}\b|\bat \w+ \(|SELECT |INSERT |postgres/i;
