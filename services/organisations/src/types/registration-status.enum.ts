import { registerEnumType } from 'type-graphql';
import { RegistrationStatus } from '../domain/registration-status';

// The values live in domain/registration-status.ts; GraphQL only registers them.
export { RegistrationStatus };

registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: 'Whether an organisation is legally registered.',
  valuesConfig: {
    REGISTERED: { description: 'Registered with the authorities.' },
    INFORMAL: { description: 'An informal collective, not registered.' },
  },
});
