import { SubgraphDefinition } from '@icssi/platform';
import { CohesionCouncilsDomain, createCohesionCouncilsDomain } from './domain/cohesion-councils-domain';
import { CohesionCouncilEntity } from './entities/cohesion-council.entity';
import { ImplementationEntity } from './entities/implementation.entity';
import { CohesionCouncilsLoaders, createCohesionCouncilsLoaders } from './loaders/loaders';
import { cohesionCouncilsMigrations } from './migrations';
import { buildCohesionCouncilsSchema } from './schema';
import { seedCohesionCouncils } from './seed/seed';

export { demoCouncilId } from './seed/seed';

/** The cohesion-councils subgraph: councils and implementations; adds Governorate.cohesionCouncils and Recommendation.implementations. */
export const cohesionCouncilsService: SubgraphDefinition<CohesionCouncilsLoaders, CohesionCouncilsDomain> = {
  name: 'cohesion-councils',
  defaultPort: 4004,
  entities: [CohesionCouncilEntity, ImplementationEntity],
  migrations: cohesionCouncilsMigrations,
  buildSchema: buildCohesionCouncilsSchema,
  createLoaders: createCohesionCouncilsLoaders,
  createDomain: createCohesionCouncilsDomain,
  seed: seedCohesionCouncils,
};
