import { registerEnumType } from 'type-graphql';

export enum WorkingGroupStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  CLOSED = 'CLOSED',
}

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
