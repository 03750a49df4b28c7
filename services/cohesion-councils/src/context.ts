import { type RequestContext } from '@icssi/platform';
import { type CohesionCouncilsDomain } from './domain/cohesion-councils-domain';
import { type CohesionCouncilsLoaders } from './loaders/loaders';

export type CohesionCouncilsContext = RequestContext<CohesionCouncilsLoaders, CohesionCouncilsDomain>;
