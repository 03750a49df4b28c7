import { registerEnumType } from 'type-graphql';

export enum ImplementationStatus {
  NOT_STARTED = 'NOT_STARTED',
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  IMPLEMENTED = 'IMPLEMENTED',
  STALLED = 'STALLED',
  REJECTED = 'REJECTED',
}

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
