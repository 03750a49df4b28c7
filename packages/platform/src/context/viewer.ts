import { Region } from '../graphql/region.enum';

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
}

export const ANONYMOUS_VIEWER: Viewer = Object.freeze({ id: null, roles: [Role.PUBLIC], region: null }) as Viewer;
