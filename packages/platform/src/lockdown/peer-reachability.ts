import { type Logger } from '../logging/logger';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
}

// Read by shape, not `instanceof`: fetch's errors and DOMException may come from another realm.
const errorLike = (error: unknown): ErrorLike | null => (error !== null && typeof error === 'object' ? (error as ErrorLike) : null);

/** The peer's network error code ('ECONNREFUSED', 'TimeoutError', …), or the error's name when it has none. */
export function peerErrorCode(error: unknown): string {
  const value = errorLike(error);
  if (!value) return 'UNKNOWN';
  // fetch() fails with TypeError('fetch failed') and the socket error as its cause.
  const cause = errorLike(value.cause);
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof value.code === 'string') return value.code;
  return typeof value.name === 'string' ? value.name : 'UNKNOWN';
}

/**
 * Whether a call failed because the peer did not answer at all (connection refused or reset, no
 * such host, timed out), as opposed to answering with an error, which is worth a warning at once.
 */
export function isPeerUnreachable(error: unknown): boolean {
  const value = errorLike(error);
  if (!value) return false;
  if (value.name === 'TimeoutError' || value.name === 'AbortError') return true;
  return value.name === 'TypeError' && value.message === 'fetch failed';
}

/** What to log after one pull from a peer. */
export type PeerLog =
  | { level: 'none' }
  | { level: 'warn'; message: string; fields: { error: string; code: string; unreachableMs: number } }
  | { level: 'info'; message: string; fields: { unreachableMs: number } };

/**
 * When a peer's failures are worth a log line. On `npm start` the subgraphs start before their
 * peers, so a peer unreachable for less than the grace period is normal and logs nothing; past it,
 * one warning (message and code, no stack: the cause is the peer, not this code), and one line when
 * it answers again. Pure: the caller passes the time.
 */
export class PeerReachability {
  private failingSince: number | null = null;
  private warned = false;

  constructor(
    /** What the peer is, for the log lines ("lockdown list owner"). */
    private readonly peer: string,
    private readonly graceMs: number,
  ) {}

  /** A pull failed at `now` (ms). */
  failed(error: unknown, now: number): PeerLog {
    this.failingSince ??= now;
    const unreachableMs = now - this.failingSince;
    if (this.warned || unreachableMs < this.graceMs) return { level: 'none' };
    this.warned = true;
    const text = errorLike(error)?.message;
    const message = typeof text === 'string' ? text : String(error);
    return {
      level: 'warn',
      message: `${this.peer} unreachable; keeping the last copy and trying again`,
      fields: { error: message, code: peerErrorCode(error), unreachableMs },
    };
  }

  /** A pull succeeded at `now` (ms). */
  succeeded(now: number): PeerLog {
    const since = this.failingSince;
    const warned = this.warned;
    this.failingSince = null;
    this.warned = false;
    if (!warned || since === null) return { level: 'none' };
    return { level: 'info', message: `${this.peer} reachable again`, fields: { unreachableMs: now - since } };
  }
}

/** Writes what the policy decided (nothing, one warning or one info line). */
export function logPeer(logger: Pick<Logger, 'warn' | 'info'>, log: PeerLog): void {
  if (log.level === 'warn') logger.warn(log.message, log.fields);
  else if (log.level === 'info') logger.info(log.message, log.fields);
}
