import { registerEnumType } from 'type-graphql';

export enum RegistrationStatus {
  REGISTERED = 'REGISTERED',
  INFORMAL = 'INFORMAL',
}

registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: 'Whether an organisation is legally registered.',
  valuesConfig: {
    REGISTERED: { description: 'Registered with the authorities.' },
    INFORMAL: { description: 'An informal collective, not registered.' },
  },
});
