import { type Logger, errorFields } from '../logging/logger';
import { type LockdownListener, type VersionedLockdownList, lockdownPeerGraceMs } from './lockdown-registry';
import { PeerReachability, isPeerUnreachable, logPeer } from './peer-reachability';
import { pullLockdowns } from './lockdown-transport';

export interface FollowLockdownsOptions {
  /** The organisations subgraph's GraphQL URL (its Service address: any replica answers from the database). */
  organisationsUrl: string;
  secret: string;
  /** How often the list is pulled; a change reaches `onChange` at most this late. */
  intervalMs: number;
  logger: Logger;
  /** Called once per subject that enters or leaves the list (the first pull reports every locked subject). */
  onChange: LockdownListener;
  /** How long the owner may be unreachable before a warning (LOCKDOWN_PEER_GRACE_MS, 30 s by default). */
  peerGraceMs?: number;
  /** Tests replace the transport. */
  pull?: () => Promise<VersionedLockdownList>;
}

/**
 * For a process without a database of the graph (the gateway, e.g. its response cache): follows
 * the lockdown list by pulling it as the system identity, never going back to an older version,
 * and reports each change. Subgraphs use LockdownRegistry.onChange instead. Returns a stop function.
 */
export function followLockdowns(options: FollowLockdownsOptions): () => void {
  const pull = options.pull ?? (() => pullLockdowns(options.organisationsUrl, options.secret));
  let version = -1;
  let held = new Set<string>();
  let running = false;
  const owner = new PeerReachability('lockdown list owner', options.peerGraceMs ?? lockdownPeerGraceMs());
  const poll = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      const list = await pull();
      logPeer(options.logger, owner.succeeded(Date.now()));
      if (list.version <= version) return;
      const next = new Set(list.subjects.map((subject) => `${subject.subjectType}:${subject.subjectId}`));
      const previous = held;
      held = next;
      version = list.version;
      for (const subject of list.subjects) {
        if (!previous.has(`${subject.subjectType}:${subject.subjectId}`))
          options.onChange({ ...subject, locked: true, version: list.version });
      }
      for (const key of previous) {
        if (next.has(key)) continue;
        const [subjectType, subjectId] = key.split(':');
        options.onChange({ subjectType: subjectType as never, subjectId, locked: false, version: list.version });
      }
    } catch (error) {
      if (isPeerUnreachable(error)) logPeer(options.logger, owner.failed(error, Date.now()));
      else options.logger.warn('following the lockdown list failed; trying again', errorFields(error));
    } finally {
      running = false;
    }
  };
  void poll();
  const timer = setInterval(() => void poll(), options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
