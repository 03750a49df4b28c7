import { registerEnumType } from 'type-graphql';

export enum CouncilSector {
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  COMMUNITY_LEADER = 'COMMUNITY_LEADER',
  RELIGIOUS_LEADER = 'RELIGIOUS_LEADER',
  TRIBAL_LEADER = 'TRIBAL_LEADER',
  WOMEN_REPRESENTATIVE = 'WOMEN_REPRESENTATIVE',
  YOUTH_REPRESENTATIVE = 'YOUTH_REPRESENTATIVE',
}

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
