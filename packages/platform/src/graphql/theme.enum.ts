import { registerEnumType } from 'type-graphql';

/** The themes ICSSI works on. Identical in every subgraph (a shared value type). */
export enum Theme {
  TRANSPARENCY = 'TRANSPARENCY',
  PEACEBUILDING = 'PEACEBUILDING',
  DEMOCRATIC_GOVERNANCE = 'DEMOCRATIC_GOVERNANCE',
  WOMENS_PARTICIPATION = 'WOMENS_PARTICIPATION',
  FREEDOM_OF_EXPRESSION = 'FREEDOM_OF_EXPRESSION',
  HUMAN_RIGHTS = 'HUMAN_RIGHTS',
  CIVIL_PEACE_AND_COEXISTENCE = 'CIVIL_PEACE_AND_COEXISTENCE',
  YOUTH_PARTICIPATION = 'YOUTH_PARTICIPATION',
}

/** OECD-DAC purpose codes used when the figures are filed against a donor grant. */
export const THEME_DAC_SECTOR: Record<Theme, number> = {
  TRANSPARENCY: 15113,
  PEACEBUILDING: 15220,
  DEMOCRATIC_GOVERNANCE: 15150,
  WOMENS_PARTICIPATION: 15170,
  FREEDOM_OF_EXPRESSION: 15153,
  HUMAN_RIGHTS: 15160,
  CIVIL_PEACE_AND_COEXISTENCE: 15220,
  YOUTH_PARTICIPATION: 15150,
};

registerEnumType(Theme, {
  name: 'Theme',
  description: 'A theme of civil-society work; each maps to an OECD-DAC sector code for donor reports.',
  valuesConfig: {
    TRANSPARENCY: { description: 'Transparency and anti-corruption (DAC 15113).' },
    PEACEBUILDING: { description: 'Peacebuilding (DAC 15220).' },
    DEMOCRATIC_GOVERNANCE: { description: 'Democratic governance and participation (DAC 15150).' },
    WOMENS_PARTICIPATION: { description: "Women's participation and rights (DAC 15170)." },
    FREEDOM_OF_EXPRESSION: { description: 'Freedom of expression and media (DAC 15153).' },
    HUMAN_RIGHTS: { description: 'Human rights (DAC 15160).' },
    CIVIL_PEACE_AND_COEXISTENCE: { description: 'Civil peace and peaceful coexistence (DAC 15220).' },
    YOUTH_PARTICIPATION: { description: 'Youth participation in civic life (DAC 15150).' },
  },
});
