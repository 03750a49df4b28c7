/** A person’s role in an organisation or working group. */
export enum MembershipRole {
  LEAD = 'LEAD',
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
  SPOKESPERSON = 'SPOKESPERSON',
}
