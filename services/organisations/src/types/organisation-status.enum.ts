import { registerEnumType } from 'type-graphql';

export enum OrganisationStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  ARCHIVED = 'ARCHIVED',
}

registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  description: 'Whether an organisation is active in the network.',
  valuesConfig: {
    ACTIVE: { description: 'Active in the network.' },
    INACTIVE: { description: 'Known, but not active at present.' },
    ARCHIVED: { description: 'Archived: hidden from lists.' },
  },
});
