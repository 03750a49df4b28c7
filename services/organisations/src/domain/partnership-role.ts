/** What an organisation is to its partner. */
export enum PartnershipRole {
  KEY_PARTNER = 'KEY_PARTNER',
  MEMBER_OF = 'MEMBER_OF',
  FUNDER = 'FUNDER',
  IMPLEMENTING_PARTNER = 'IMPLEMENTING_PARTNER',
}
