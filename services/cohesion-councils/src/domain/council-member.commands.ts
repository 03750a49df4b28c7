import { type LocalizedTextValues } from '@icssi/platform';
import { type CouncilSector } from './council-sector';

// The inputs of the council member writer: plain data, whatever the API (types/ implements these for GraphQL).

/** A seat on a council. */
export interface AddCouncilMemberInput {
  idempotencyKey?: string | null;
  councilId: string;
  sector: CouncilSector;
  personId?: string | null;
  organisationId?: string | null;
  onBehalfOf?: LocalizedTextValues | null;
  startDate?: string | null;
}

/** A seat is vacated. */
export interface EndCouncilMemberInput {
  id: string;
  version: number;
  endDate: string;
}

/** Changes to a seat; fields left out stay as they are (who holds it is changed by ending it and adding another). */
export interface UpdateCouncilMemberInput {
  id: string;
  version: number;
  sector?: CouncilSector | null;
  onBehalfOf?: LocalizedTextValues | null;
  startDate?: string | null;
}
