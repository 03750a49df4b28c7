import { registerEnumType } from 'type-graphql';
import { PartnershipRole } from '../domain/partnership-role';

// The values live in domain/partnership-role.ts; GraphQL only registers them.
export { PartnershipRole };

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
