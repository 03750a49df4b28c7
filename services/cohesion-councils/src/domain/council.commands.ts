import { type LocalizedTextValues } from '@icssi/platform';
import { type CouncilStatus } from './council-status';

// The inputs of the council writer: plain data, whatever the API (types/ implements these for GraphQL).

/** A new social cohesion council in a governorate. */
export interface CreateCohesionCouncilInput {
  idempotencyKey?: string | null;
  slug: string;
  name: LocalizedTextValues;
  governorateCode: string;
  coordinatingOrganisationId?: string | null;
  establishedOn?: string | null;
}

/** Changes to a council; fields left out stay as they are. */
export interface UpdateCohesionCouncilInput {
  id: string;
  version: number;
  name?: LocalizedTextValues | null;
  status?: CouncilStatus | null;
  establishedOn?: string | null;
}

/** Archives a council: it leaves every list and stays resolvable for admins. */
export interface ArchiveCohesionCouncilInput {
  id: string;
  version: number;
}
