import { type Region, type Theme } from '@icssi/platform';
import { type PartnershipRole } from './partnership-role';

/** Plain inputs of the partnership writers and readers; the GraphQL input classes in types/ implement them. */
export interface CreatePartnershipInput {
  idempotencyKey?: string | null;
  organisationId: string;
  partnerId: string;
  role: PartnershipRole;
  regionScope?: Region | null;
  themes?: Theme[] | null;
  startDate?: string | null;
}

export interface UpdatePartnershipInput {
  id: string;
  version: number;
  role?: PartnershipRole | null;
  regionScope?: Region | null;
  themes?: Theme[] | null;
  startDate?: string | null;
}

export interface EndPartnershipInput {
  id: string;
  version: number;
  endDate: string;
}
