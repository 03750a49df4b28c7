import { registerEnumType } from 'type-graphql';
import { CouncilStatus } from '../domain/council-status';

// The values live in domain/council-status.ts; GraphQL only registers them.
export { CouncilStatus };

registerEnumType(CouncilStatus, {
  name: 'CouncilStatus',
  description: 'The life-cycle state of a cohesion council.',
  valuesConfig: {
    FORMING: { description: 'Being formed.' },
    ACTIVE: { description: 'Meeting and implementing recommendations.' },
    SUSPENDED: { description: 'Suspended for now.' },
    DISSOLVED: { description: 'Dissolved.' },
  },
});
