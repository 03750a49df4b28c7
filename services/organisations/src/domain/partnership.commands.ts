import { type Region, type Theme } from '@icssi/platform';
import { type PartnershipRole } from './partnership-role';

// The inputs of the partnership writer: plain data, whatever the API (types/ implements these for GraphQL).

/** A partnership: `organisationId` plays `role` towards `partnerId`. */
export interface CreatePartnershipInput {
  idempotencyKey?: string | null;
  organisationId: string;
  partnerId: string;
  role: PartnershipRole;
  regionScope?: Region | null;
  themes?: Theme[] | null;
  startDate?: string | null;
}

/** Changes to a partnership; fields left out stay as they are (its end is `endPartnership`). */
export interface UpdatePartnershipInput {
  id: string;
  version: number;
  role?: PartnershipRole | null;
  regionScope?: Region | null;
  themes?: Theme[] | null;
  startDate?: string | null;
}

/** A partnership ends. */
export interface EndPartnershipInput {
  id: string;
  version: number;
  endDate: string;
}
