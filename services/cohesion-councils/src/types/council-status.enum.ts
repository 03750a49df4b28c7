import { registerEnumType } from 'type-graphql';

export enum CouncilStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DISSOLVED = 'DISSOLVED',
}

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
