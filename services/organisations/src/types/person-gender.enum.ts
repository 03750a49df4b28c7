import { registerEnumType } from 'type-graphql';
import { PersonGender } from '../domain/person-gender';

// The values live in domain/person-gender.ts; GraphQL only registers them.
export { PersonGender };

registerEnumType(PersonGender, {
  name: 'PersonGender',
  description: 'A person’s gender, for disaggregated statistics only (never public for an individual).',
  valuesConfig: {
    FEMALE: { description: 'Female.' },
    MALE: { description: 'Male.' },
    OTHER: { description: 'Another gender the person stated.' },
    UNDISCLOSED: { description: 'Not stated, or not recorded.' },
  },
});
