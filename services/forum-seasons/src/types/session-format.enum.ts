import { registerEnumType } from 'type-graphql';

export enum SessionFormat {
  PLENARY = 'PLENARY',
  WORKSHOP = 'WORKSHOP',
  CONVERGENCE_ASSEMBLY = 'CONVERGENCE_ASSEMBLY',
  CULTURAL = 'CULTURAL',
}

registerEnumType(SessionFormat, {
  name: 'SessionFormat',
  description: 'The format of a forum session.',
  valuesConfig: {
    PLENARY: { description: 'A plenary for all participants.' },
    WORKSHOP: { description: 'A workshop run by organisations.' },
    CONVERGENCE_ASSEMBLY: { description: 'An assembly where proposals converge into recommendations.' },
    CULTURAL: { description: 'A cultural programme item.' },
  },
});
