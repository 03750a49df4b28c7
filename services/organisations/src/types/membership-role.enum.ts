import { registerEnumType } from 'type-graphql';

export enum MembershipRole {
  LEAD = 'LEAD',
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
  SPOKESPERSON = 'SPOKESPERSON',
}

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'A person’s role in an organisation or working group.',
  valuesConfig: {
    LEAD: { description: 'Leads the group or organisation.' },
    COORDINATOR: { description: 'Coordinates its work.' },
    MEMBER: { description: 'A member.' },
    SPOKESPERSON: { description: 'Speaks for it in public.' },
  },
});
