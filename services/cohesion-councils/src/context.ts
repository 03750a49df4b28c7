import { RequestContext } from '@icssi/platform';
import { CohesionCouncilsDomain } from './domain/cohesion-councils-domain';
import { CohesionCouncilsLoaders } from './loaders/loaders';

export type CohesionCouncilsContext = RequestContext<CohesionCouncilsLoaders, CohesionCouncilsDomain>;
