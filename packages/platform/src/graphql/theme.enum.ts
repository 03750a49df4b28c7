import { registerEnumType } from 'type-graphql';
import { THEME_DAC_SECTOR, Theme } from '../domain/theme';

// The values live in domain/theme.ts; GraphQL only registers them.
export { THEME_DAC_SECTOR, Theme };

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
