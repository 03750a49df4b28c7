import { type MembershipRole } from './membership-role';

// The inputs of the membership writer: plain data, whatever the API (types/ implements these for GraphQL).

/** A person takes a role in an organisation or a working group (exactly one). */
export interface AddMembershipInput {
  idempotencyKey?: string | null;
  personId: string;
  organisationId?: string | null;
  workingGroupId?: string | null;
  role: MembershipRole;
  startDate?: string | null;
}

/** A membership ends. */
export interface EndMembershipInput {
  id: string;
  version: number;
  endDate: string;
}

/** A person changes role, or the first day is corrected; fields left out stay as they are. */
export interface UpdateMembershipInput {
  id: string;
  version: number;
  role?: MembershipRole | null;
  startDate?: string | null;
}
