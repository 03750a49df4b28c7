import { type LocalizedTextValues } from '@icssi/platform';
import { type CouncilSector } from './council-sector';

/** Plain inputs of the council-member writers and readers; the GraphQL input classes in types/ implement them. */
export interface AddCouncilMemberInput {
  idempotencyKey?: string | null;
  councilId: string;
  sector: CouncilSector;
  personId?: string | null;
  organisationId?: string | null;
  onBehalfOf?: LocalizedTextValues | null;
  startDate?: string | null;
}

export interface EndCouncilMemberInput {
  id: string;
  version: number;
  endDate: string;
}

export interface UpdateCouncilMemberInput {
  id: string;
  version: number;
  sector?: CouncilSector | null;
  onBehalfOf?: LocalizedTextValues | null;
  startDate?: string | null;
}
