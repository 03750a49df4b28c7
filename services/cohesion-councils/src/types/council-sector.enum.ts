import { registerEnumType } from 'type-graphql';
import { CouncilSector } from '../domain/council-sector';

// The values live in domain/council-sector.ts; GraphQL only registers them.
export { CouncilSector };

registerEnumType(CouncilSector, {
  name: 'CouncilSector',
  description: 'Which part of society a council seat represents.',
  valuesConfig: {
    CIVIL_SOCIETY: { description: 'A civil-society organisation.' },
    LOCAL_AUTHORITY: { description: 'The local authorities.' },
    COMMUNITY_LEADER: { description: 'A community leader.' },
    RELIGIOUS_LEADER: { description: 'A religious leader.' },
    TRIBAL_LEADER: { description: 'A tribal leader.' },
    WOMEN_REPRESENTATIVE: { description: 'A representative of women.' },
    YOUTH_REPRESENTATIVE: { description: 'A representative of young people.' },
  },
});
