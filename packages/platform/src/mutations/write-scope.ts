import { isCustodian, isRegionTeam } from '../context/access';
import { type Viewer } from '../context/viewer';
import { Region } from '../domain/region';
import type { LockdownRegistry } from '../lockdown/lockdown-registry';
import { type LockdownSubject } from '../lockdown/lockdown.entity';
import { UserErrorCode } from '../domain/user-error';
import { isUuid } from '../ids/record-keys';
import { type MutationCaller } from './mutation-runner';
import { type ReferenceChecker } from './reference-checker';
import { type InputChecks } from './user-errors';

/**
 * Who writes, with the lockdown list of this process: a write that names a locked-down subject
 * answers like one that names an unknown id (DESIGN.md §4.4), so writers need the list too.
 */
export interface WriteCaller extends MutationCaller {
  lockdown: LockdownRegistry;
}

/**
 * Whether a write of this viewer may refer to a record of `region` (a person it attaches, a group
 * that leads, a governorate it names): editors their own region's records and those every region
 * shares (INTERNATIONAL partners), admins any (DESIGN.md §4.2).
 */
export const mayReferenceRegion = (viewer: Viewer, region: Region | null | undefined): boolean =>
  isCustodian(viewer) || region === Region.INTERNATIONAL || isRegionTeam(viewer, region);

/** Whether a write may name this subject: a locked-down one does not exist for non-custodians. */
export const referenceable = (caller: WriteCaller, subject: LockdownSubject, id: string | null | undefined): boolean =>
  caller.lockdown.visibleTo(caller.viewer, subject, id);

/** A kind of record another subgraph owns, as a write refers to it. */
export interface ReferenceKind {
  owner: string;
  typename: string;
  keyField?: 'id' | 'code';
  /** Locked-down records of this kind answer like unknown ids. */
  lockdown?: LockdownSubject;
  /** The field holding the record's region, checked with mayReferenceRegion. */
  regionField?: 'region' | 'homeRegion';
}

/**
 * Checks the records a write refers to with their owner (one signed call per kind): an unknown,
 * locked-down or archived one is NOT_FOUND on its field, one of a region the caller may not name
 * is FORBIDDEN. Returns the records found, by key.
 */
export async function checkReferencedRecords(
  references: ReferenceChecker,
  caller: WriteCaller,
  checks: InputChecks,
  kind: ReferenceKind,
  items: ReadonlyArray<{ key: string | null | undefined; field: string[] }>,
): Promise<Map<string, Record<string, unknown>>> {
  const keyField = kind.keyField ?? 'id';
  const named = items.filter((item): item is { key: string; field: string[] } => Boolean(item.key));
  const askable = named.filter(
    (item) => (keyField === 'code' || isUuid(item.key)) && (!kind.lockdown || referenceable(caller, kind.lockdown, item.key)),
  );
  const selection = [kind.regionField, kind.typename === 'Organisation' ? 'status' : null].filter(Boolean).join(' ');
  const found = await references.lookup(kind.owner, kind.typename, keyField, [...new Set(askable.map((item) => item.key))], selection);
  for (const item of named) {
    const record = found.get(item.key);
    if (!record || !askable.includes(item) || (record.status === 'ARCHIVED' && !isCustodian(caller.viewer)))
      checks.fail(UserErrorCode.NOT_FOUND, item.field, 'notFound');
    else if (kind.regionField && !mayReferenceRegion(caller.viewer, record[kind.regionField] as Region))
      checks.fail(UserErrorCode.FORBIDDEN, item.field, 'forbiddenRegion');
  }
  return found;
}
