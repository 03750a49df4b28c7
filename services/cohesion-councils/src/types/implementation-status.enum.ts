import { registerEnumType } from 'type-graphql';
import { ImplementationStatus } from '../domain/implementation-status';

// The values live in domain/implementation-status.ts; GraphQL only registers them.
export { ImplementationStatus };

registerEnumType(ImplementationStatus, {
  name: 'ImplementationStatus',
  description: 'How far a council has come with a recommendation.',
  valuesConfig: {
    NOT_STARTED: { description: 'Taken on, nothing done yet.' },
    PLANNED: { description: 'Work is planned.' },
    IN_PROGRESS: { description: 'Work is under way.' },
    IMPLEMENTED: { description: 'Done.' },
    STALLED: { description: 'Stuck.' },
    REJECTED: { description: 'The council or the authorities declined it.' },
  },
});
