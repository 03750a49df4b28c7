import { registerEnumType } from 'type-graphql';

/** The regions of the ICSSI network. Identical in every subgraph (a shared value type). */
export enum Region {
  FEDERAL_IRAQ = 'FEDERAL_IRAQ',
  KURDISTAN_REGION = 'KURDISTAN_REGION',
  INTERNATIONAL = 'INTERNATIONAL',
}

registerEnumType(Region, {
  name: 'Region',
  description: 'A region of the ICSSI network.',
  valuesConfig: {
    FEDERAL_IRAQ: { description: 'Federal Iraq (the Iraqi Social Forum, Baghdad).' },
    KURDISTAN_REGION: { description: 'The Kurdistan Region of Iraq (the Kurdistan Social Forum, Erbil).' },
    INTERNATIONAL: { description: 'International civil society and partners outside Iraq.' },
  },
});
