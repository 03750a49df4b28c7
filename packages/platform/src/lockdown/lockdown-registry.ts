import { DataSource } from 'typeorm';
import { isCustodian } from '../context/access';
import { Viewer } from '../context/viewer';
import { Logger, errorFields } from '../logging/logger';
import { LockdownEntity, LockdownSubject } from './lockdown.entity';

export interface LockedSubject {
  subjectType: LockdownSubject;
  subjectId: string;
}

/**
 * The lockdown list of one subgraph process, in memory (checked on every stub without SQL) and in
 * the service's own `lockdown` table (so it survives restarts).
 */
export class LockdownRegistry {
  private locked = new Set<string>();

  constructor(private readonly dataSource: DataSource) {}

  private static key(subjectType: LockdownSubject, subjectId: string): string {
    return `${subjectType}:${subjectId}`;
  }

  async load(): Promise<void> {
    const rows = await this.dataSource.getRepository(LockdownEntity).find();
    this.locked = new Set(rows.map((row) => LockdownRegistry.key(row.subjectType, row.subjectId)));
  }

  list(): LockedSubject[] {
    return [...this.locked].map((key) => {
      const [subjectType, subjectId] = key.split(':') as [LockdownSubject, string];
      return { subjectType, subjectId };
    });
  }

  /** Replaces the copy with the list of truth (from the organisations subgraph), in one transaction. */
  async replace(subjects: LockedSubject[]): Promise<void> {
    const next = new Set(subjects.map((subject) => LockdownRegistry.key(subject.subjectType, subject.subjectId)));
    if (next.size === this.locked.size && [...next].every((key) => this.locked.has(key))) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM lockdown');
      if (subjects.length) {
        await manager.createQueryBuilder().insert().into(LockdownEntity).values(subjects).orIgnore().execute();
      }
    });
    this.locked = next;
  }

  /** Records one lockdown (the organisations subgraph, within its mutation's transaction). */
  add(subjectType: LockdownSubject, subjectId: string): void {
    this.locked.add(LockdownRegistry.key(subjectType, subjectId));
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

/** Keeps a replica in step: pulls the list of truth now and then; pushes arrive in between. */
export function startLockdownSync(registry: LockdownRegistry, pull: () => Promise<LockedSubject[]>, intervalMs: number, logger: Logger): () => void {
  const sync = async (): Promise<void> => {
    try {
      await registry.replace(await pull());
    } catch (error) {
      logger.warn('lockdown list sync failed; keeping the last copy', errorFields(error));
    }
  };
  void sync();
  const timer = setInterval(() => void sync(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
