import { registerEnumType } from 'type-graphql';
import { OrganisationKind } from '../domain/organisation-kind';

// The values live in domain/organisation-kind.ts; GraphQL only registers them.
export { OrganisationKind };

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of body an organisation is.',
  valuesConfig: {
    CIVIL_SOCIETY_ORGANISATION: { description: 'A civil-society organisation (NGO, association).' },
    YOUTH_GROUP: { description: 'A youth group or collective.' },
    NETWORK: { description: 'A network or coalition of organisations.' },
    FORUM_SECRETARIAT: { description: 'The secretariat of a social forum.' },
    TRADE_UNION: { description: 'A trade union.' },
    MEDIA: { description: 'A media outlet or journalists’ organisation.' },
    INTERNATIONAL_PARTNER: { description: 'An international civil-society partner.' },
    DONOR: { description: 'A funder.' },
    PUBLIC_AUTHORITY: { description: 'A local or national public authority.' },
  },
});
