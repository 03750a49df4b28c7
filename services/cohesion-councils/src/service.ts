import { type SubgraphDefinition } from '@icssi/platform';
import { type CohesionCouncilsDomain, createCohesionCouncilsDomain } from './domain/cohesion-councils-domain';
import { CohesionCouncilEntity } from './entities/cohesion-council.entity';
import { ImplementationEntity } from './entities/implementation.entity';
import { CouncilMeetingEntity } from './entities/council-meeting.entity';
import { CouncilMemberEntity } from './entities/council-member.entity';
import { ImplementationUpdateEntity } from './entities/implementation-update.entity';
import { MeetingRecommendationEntity } from './entities/meeting-recommendation.entity';
import { type CohesionCouncilsLoaders, createCohesionCouncilsLoaders } from './loaders/loaders';
import { cohesionCouncilsMigrations } from './migrations';
import { buildCohesionCouncilsSchema } from './schema';
import { seedCohesionCouncils } from './seed/seed';

export { demoCouncilId, demoImplementationId } from './seed/seed';

/** The cohesion-councils subgraph: councils, seats, meetings, implementations and their timelines. */
export const cohesionCouncilsService: SubgraphDefinition<CohesionCouncilsLoaders, CohesionCouncilsDomain> = {
  name: 'cohesion-councils',
  entities: [
    CohesionCouncilEntity,
    CouncilMemberEntity,
    CouncilMeetingEntity,
    MeetingRecommendationEntity,
    ImplementationEntity,
    ImplementationUpdateEntity,
  ],
  migrations: cohesionCouncilsMigrations,
  buildSchema: buildCohesionCouncilsSchema,
  createLoaders: createCohesionCouncilsLoaders,
  createDomain: createCohesionCouncilsDomain,
  seed: seedCohesionCouncils,
};
