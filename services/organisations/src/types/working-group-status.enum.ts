import { registerEnumType } from 'type-graphql';
import { WorkingGroupStatus } from '../domain/working-group-status';

// The values live in domain/working-group-status.ts; GraphQL only registers them.
export { WorkingGroupStatus };

registerEnumType(WorkingGroupStatus, {
  name: 'WorkingGroupStatus',
  description: 'The life-cycle state of a working group.',
  valuesConfig: {
    FORMING: { description: 'Being set up.' },
    ACTIVE: { description: 'Meeting and running campaigns.' },
    DORMANT: { description: 'Not active at present.' },
    CLOSED: { description: 'Closed down.' },
  },
});
