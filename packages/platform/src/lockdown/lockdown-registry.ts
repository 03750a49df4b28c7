import { type DataSource } from 'typeorm';
import { envInt } from '../config/env';
import { isCustodian } from '../context/access';
import { type Viewer } from '../context/viewer';
import { type Logger, errorFields } from '../logging/logger';
import { LockdownSubject } from './lockdown.entity';
import { PeerReachability, isPeerUnreachable, logPeer } from './peer-reachability';

export interface LockedSubject {
  subjectType: LockdownSubject;
  subjectId: string;
}

/** The whole list as of one version of the owner's database. */
export interface VersionedLockdownList {
  version: number;
  subjects: LockedSubject[];
}

/** One subject that entered or left the list (for caches that must forget what they hold about it). */
export interface LockdownChange {
  subjectType: LockdownSubject;
  subjectId: string;
  locked: boolean;
  /** The list version that made the change. */
  version: number;
}

export type LockdownListener = (change: LockdownChange) => void;

/** Runs one SQL statement; the watcher passes its own connection so background re-reads are not counted as requests'. */
export type Query = (sql: string, parameters?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** The PostgreSQL channel on which a database announces a new list version (payload: the version). */
export const LOCKDOWN_CHANNEL = 'icssi_lockdown';

/** What a copy did with a list it was offered. */
export type ReplaceOutcome = 'applied' | 'current' | 'refused';

const READ_LIST_SQL = `SELECT v.version, l.subject_type, l.subject_id
  FROM lockdown_list_version v LEFT JOIN lockdown l ON true ORDER BY l.subject_type, l.subject_id`;

/**
 * The lockdown list of one subgraph process. The database is the record (the owner's `lockdown`
 * table, or a subgraph's versioned copy of it); this is a synchronous view of it for the read path,
 * refreshed on every NOTIFY and by a short periodic re-read (lockdown-watcher.ts). The view never
 * goes back to an older version.
 */
export class LockdownRegistry {
  private locked = new Set<string>();
  private currentVersion = -1;
  private readonly listeners = new Set<LockdownListener>();

  constructor(private readonly dataSource: DataSource) {}

  private static key(subjectType: LockdownSubject, subjectId: string): string {
    return `${subjectType}:${subjectId}`;
  }

  /** The version of the list this process applies (-1 before the first load). */
  get version(): number {
    return this.currentVersion;
  }

  /** Reads the list from this service's database now. */
  async load(): Promise<void> {
    await this.refresh();
  }

  /**
   * Re-reads the list when the database holds a newer version than this view (one statement when
   * nothing changed). Returns whether the view changed.
   */
  async refresh(query: Query = (sql, parameters) => this.dataSource.query(sql, parameters)): Promise<boolean> {
    const [state] = await query('SELECT version FROM lockdown_list_version');
    const version = Number(state?.version ?? 0);
    if (version <= this.currentVersion) return false;
    const rows = await query(READ_LIST_SQL);
    const subjects = rows
      .filter((row) => row.subject_id)
      .map((row) => ({ subjectType: row.subject_type as LockdownSubject, subjectId: String(row.subject_id) }));
    return this.apply({ version: Number(rows[0]?.version ?? version), subjects });
  }

  /** The list this view holds, with its version. */
  snapshot(): VersionedLockdownList {
    return { version: Math.max(this.currentVersion, 0), subjects: this.list() };
  }

  list(): LockedSubject[] {
    return [...this.locked].map((key) => {
      const [subjectType, subjectId] = key.split(':') as [LockdownSubject, string];
      return { subjectType, subjectId };
    });
  }

  /**
   * A copy (not the owner) takes the owner's list: stored with its version in one transaction and
   * announced to the other replicas of this subgraph. A list older than the one held is refused, so
   * a stale replica of the owner can never shorten the copy; only a newer version can, and the owner
   * shortens its list only by a custodian's unlock.
   */
  async replace(list: VersionedLockdownList): Promise<ReplaceOutcome> {
    // Decided from the view when it can be (a pull every few seconds then costs no SQL).
    if (list.version < this.currentVersion) return 'refused';
    if (list.version === this.currentVersion && (list.version > 0 || this.holdsExactly(list.subjects))) return 'current';
    const outcome = await this.dataSource.transaction(async (manager): Promise<ReplaceOutcome> => {
      const [state] = await manager.query('SELECT version FROM lockdown_list_version FOR UPDATE');
      const held = Number(state?.version ?? 0);
      if (list.version < held) return 'refused';
      // Version 0 is the list before any versioned write: taken as it comes.
      if (list.version === held && held > 0) return 'current';
      await manager.query('DELETE FROM lockdown');
      if (list.subjects.length) {
        await manager.query(
          `INSERT INTO lockdown (subject_type, subject_id) SELECT * FROM unnest($1::varchar[], $2::uuid[]) ON CONFLICT DO NOTHING`,
          [list.subjects.map((subject) => subject.subjectType), list.subjects.map((subject) => subject.subjectId)],
        );
      }
      await manager.query(`UPDATE lockdown_list_version SET version = $1`, [list.version]);
      await manager.query(`SELECT pg_notify($1, $2)`, [LOCKDOWN_CHANNEL, String(list.version)]);
      return 'applied';
    });
    if (outcome === 'applied') this.apply(list);
    return outcome;
  }

  private holdsExactly(subjects: LockedSubject[]): boolean {
    const keys = new Set(subjects.map((subject) => LockdownRegistry.key(subject.subjectType, subject.subjectId)));
    return keys.size === this.locked.size && [...keys].every((key) => this.locked.has(key));
  }

  /** Replaces the view when `list` is newer, and tells the listeners what changed. */
  private apply(list: VersionedLockdownList): boolean {
    if (list.version <= this.currentVersion) return false;
    const next = new Set(list.subjects.map((subject) => LockdownRegistry.key(subject.subjectType, subject.subjectId)));
    const previous = this.locked;
    this.locked = next;
    this.currentVersion = list.version;
    if (this.listeners.size) {
      const changes: LockdownChange[] = [];
      const change = (key: string, locked: boolean) => {
        const [subjectType, subjectId] = key.split(':') as [LockdownSubject, string];
        changes.push({ subjectType, subjectId, locked, version: list.version });
      };
      for (const key of next) if (!previous.has(key)) change(key, true);
      for (const key of previous) if (!next.has(key)) change(key, false);
      for (const item of changes) for (const listener of this.listeners) listener(item);
    }
    return true;
  }

  /**
   * Calls `listener` for every subject that enters or leaves this process's view (a lockdown or an
   * unlock, however it arrived: this replica's mutation, NOTIFY, push or pull). The hook for caches
   * (e.g. the gateway's response cache). Returns a function that removes the listener.
   */
  onChange(listener: LockdownListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  isLocked(subjectType: LockdownSubject, subjectId: string): boolean {
    return this.locked.has(LockdownRegistry.key(subjectType, subjectId));
  }

  /** Whether the viewer may see the subject: custodians see everything, others nothing locked. */
  visibleTo(viewer: Viewer, subjectType: LockdownSubject, subjectId: string | null | undefined): boolean {
    if (!subjectId) return false;
    return isCustodian(viewer) || !this.isLocked(subjectType, subjectId);
  }
}

/**
 * How long the owner of the lockdown list may be unreachable before a process pulling it says so
 * (LOCKDOWN_PEER_GRACE_MS, 30 s): longer than a normal start, where the others start before it.
 */
export function lockdownPeerGraceMs(): number {
  return envInt('LOCKDOWN_PEER_GRACE_MS', 30_000);
}

/**
 * Keeps a copy in step: pulls the owner's list now and then (pushes and NOTIFY arrive in between).
 * An owner that does not answer is waited for quietly for `peerGraceMs` (PeerReachability).
 */
export function startLockdownSync(
  registry: LockdownRegistry,
  pull: () => Promise<VersionedLockdownList>,
  intervalMs: number,
  logger: Logger,
  peerGraceMs: number = lockdownPeerGraceMs(),
): () => void {
  const owner = new PeerReachability('lockdown list owner', peerGraceMs);
  const sync = async (): Promise<void> => {
    try {
      const list = await pull();
      logPeer(logger, owner.succeeded(Date.now()));
      if ((await registry.replace(list)) === 'refused') {
        logger.warn('lockdown list older than the copy held: refused', { offered: list.version, held: registry.version });
      }
    } catch (error) {
      if (isPeerUnreachable(error)) logPeer(logger, owner.failed(error, Date.now()));
      else logger.warn('lockdown list sync failed; keeping the last copy', errorFields(error));
    }
  };
  void sync();
  const timer = setInterval(() => void sync(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Validates a lockdown list received over the internal endpoint. */
export function parseLockedSubjects(value: unknown): LockedSubject[] | null {
  if (!Array.isArray(value) || value.length > 100_000) return null;
  const subjects: LockedSubject[] = [];
  for (const item of value) {
    const subject = item as Partial<LockedSubject>;
    if (!subject || !Object.values(LockdownSubject).includes(subject.subjectType as LockdownSubject)) return null;
    if (typeof subject.subjectId !== 'string' || !/^[0-9a-f-]{36}$/i.test(subject.subjectId)) return null;
    subjects.push({ subjectType: subject.subjectType as LockdownSubject, subjectId: subject.subjectId.toLowerCase() });
  }
  return subjects;
}

/** Validates `{ version, subjects }` received over the internal endpoint. */
export function parseLockdownList(value: unknown): VersionedLockdownList | null {
  const body = value as { version?: unknown; subjects?: unknown } | null;
  if (!body || typeof body !== 'object') return null;
  if (typeof body.version !== 'number' || !Number.isSafeInteger(body.version) || body.version < 0) return null;
  const subjects = parseLockedSubjects(body.subjects);
  return subjects ? { version: body.version, subjects } : null;
}
