import { registerEnumType } from 'type-graphql';
import { Region } from '../domain/region';

// The values live in domain/region.ts; GraphQL only registers them.
export { Region };

registerEnumType(Region, {
  name: 'Region',
  description: 'A region of the ICSSI network.',
  valuesConfig: {
    FEDERAL_IRAQ: { description: 'Federal Iraq (the Iraqi Social Forum, Baghdad).' },
    KURDISTAN_REGION: { description: 'The Kurdistan Region of Iraq (the Kurdistan Social Forum, Erbil).' },
    INTERNATIONAL: { description: 'International civil society and partners outside Iraq.' },
  },
});
