import { registerEnumType } from 'type-graphql';
import { MembershipRole } from '../domain/membership-role';

// The values live in domain/membership-role.ts; GraphQL only registers them.
export { MembershipRole };

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
