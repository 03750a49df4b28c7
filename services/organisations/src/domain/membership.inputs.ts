import { type MembershipRole } from './membership-role';

/** Plain inputs of the membership writers and readers; the GraphQL input classes in types/ implement them. */
export interface AddMembershipInput {
  idempotencyKey?: string | null;
  personId: string;
  organisationId?: string | null;
  workingGroupId?: string | null;
  role: MembershipRole;
  startDate?: string | null;
}

export interface EndMembershipInput {
  id: string;
  version: number;
  endDate: string;
}

export interface UpdateMembershipInput {
  id: string;
  version: number;
  role?: MembershipRole | null;
  startDate?: string | null;
}
