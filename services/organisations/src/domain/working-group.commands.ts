import { type LocalizedTextValues, type Region, type Theme } from '@icssi/platform';
import { type WorkingGroupStatus } from './working-group-status';

// The inputs of the working group writer: plain data, whatever the API (types/ implements these for GraphQL).

/** A new youth working group. */
export interface CreateWorkingGroupInput {
  idempotencyKey?: string | null;
  slug: string;
  name: LocalizedTextValues;
  themes: Theme[];
  region: Region;
  hostOrganisationId?: string | null;
  foundedOn?: string | null;
}

/** Changes to a working group; fields left out stay as they are. */
export interface UpdateWorkingGroupInput {
  id: string;
  version: number;
  name?: LocalizedTextValues | null;
  themes?: Theme[] | null;
  status?: WorkingGroupStatus | null;
  hostOrganisationId?: string | null;
}

/** Archives a working group: it leaves every list and stays resolvable for admins. */
export interface ArchiveWorkingGroupInput {
  id: string;
  version: number;
}
