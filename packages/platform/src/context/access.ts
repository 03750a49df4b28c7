import { type Region } from '../domain/region';
import { Role, type Viewer } from './viewer';

/**
 * Who may see what (docs/architecture.md §4.2, §4.4). Four classes of personal field:
 * PUBLIC (everyone), NETWORK (members of the network and the teams), REGION_TEAM (editors of the
 * person's region and admins), CUSTODIAN (admins only).
 */
export enum Visibility {
  PUBLIC = 'PUBLIC',
  NETWORK = 'NETWORK',
  REGION_TEAM = 'REGION_TEAM',
  CUSTODIAN = 'CUSTODIAN',
}

const has = (viewer: Viewer, role: Role): boolean => viewer.roles.includes(role);

/** Admins are the custodians of personal data. */
export const isCustodian = (viewer: Viewer): boolean => has(viewer, Role.ADMIN);

/** Members of the network and its teams (not the anonymous public). */
export const isNetwork = (viewer: Viewer): boolean => [Role.MEMBER, Role.EDITOR, Role.BRIDGE, Role.ADMIN].some((role) => has(viewer, role));

/** Editors of this region, and admins: the people who keep its records. */
export const isRegionTeam = (viewer: Viewer, region: Region | null | undefined): boolean =>
  isCustodian(viewer) || (has(viewer, Role.EDITOR) && region != null && viewer.region === region);

/** Whether a viewer may see a field of a given class about a subject in a region. */
export function canSee(viewer: Viewer, visibility: Visibility, region: Region | null | undefined): boolean {
  switch (visibility) {
    case Visibility.PUBLIC:
      return true;
    case Visibility.NETWORK:
      return isNetwork(viewer);
    case Visibility.REGION_TEAM:
      return isRegionTeam(viewer, region);
    default:
      return isCustodian(viewer);
  }
}

/** An archived record leaves every list; by id it stays resolvable for admins only. */
export function unlessArchived<T extends { archivedAt: Date | null }>(record: T | null | undefined, viewer: Viewer): T | null {
  if (!record) return null;
  return record.archivedAt && !isCustodian(viewer) ? null : record;
}
