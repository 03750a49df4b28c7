import { type Region } from '../domain/region';

/** Roles of docs/architecture.md §4.2. */
export enum Role {
  PUBLIC = 'PUBLIC',
  MEMBER = 'MEMBER',
  EDITOR = 'EDITOR',
  BRIDGE = 'BRIDGE',
  ADMIN = 'ADMIN',
}

/** Who is asking, as established by the gateway. Subgraphs never build this from client input. */
export interface Viewer {
  id: string | null;
  roles: Role[];
  /** The region an editor may write; null for roles without a region scope. */
  region: Region | null;
  /** Set only on SYSTEM_VIEWER: a call between the services themselves, never a user's. */
  system?: true;
}

export const ANONYMOUS_VIEWER: Viewer = Object.freeze({ id: null, roles: [Role.PUBLIC], region: null }) as Viewer;

/**
 * The services themselves (reference checks between subgraphs, lockdown replication): custodian
 * rights, so a check sees a record that exists even under lockdown. The gateway never signs it
 * (a token's viewer has no `system` flag), and `/internal/*` routes accept nothing else.
 */
export const SYSTEM_VIEWER: Viewer = Object.freeze({
  id: 'system:icssi-services',
  roles: [Role.ADMIN],
  region: null,
  system: true,
}) as Viewer;

/** Whether a (verified) viewer is the services' own system identity. */
export const isSystemViewer = (viewer: Viewer): boolean => viewer.system === true && viewer.id === SYSTEM_VIEWER.id;
