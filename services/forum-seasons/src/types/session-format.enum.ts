import { registerEnumType } from 'type-graphql';
import { SessionFormat } from '../domain/session-format';

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

/** The domain's enum (GraphQL types import it from here, so it is registered first). */
export { SessionFormat };
