import { registerEnumType } from 'type-graphql';

export enum PartnershipRole {
  KEY_PARTNER = 'KEY_PARTNER',
  MEMBER_OF = 'MEMBER_OF',
  FUNDER = 'FUNDER',
  IMPLEMENTING_PARTNER = 'IMPLEMENTING_PARTNER',
}

registerEnumType(PartnershipRole, {
  name: 'PartnershipRole',
  description: 'What an organisation is to its partner.',
  valuesConfig: {
    KEY_PARTNER: { description: 'A key partner of the partner’s project or network.' },
    MEMBER_OF: { description: 'A member of the partner (a network or forum).' },
    FUNDER: { description: 'Funds the partner.' },
    IMPLEMENTING_PARTNER: { description: 'Implements work with or for the partner.' },
  },
});
