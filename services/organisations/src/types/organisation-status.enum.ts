import { registerEnumType } from 'type-graphql';
import { OrganisationStatus } from '../domain/organisation-status';

// The values live in domain/organisation-status.ts; GraphQL only registers them.
export { OrganisationStatus };

registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  description: 'Whether an organisation is active in the network.',
  valuesConfig: {
    ACTIVE: { description: 'Active in the network.' },
    INACTIVE: { description: 'Known, but not active at present.' },
    ARCHIVED: { description: 'Archived: hidden from lists.' },
  },
});
