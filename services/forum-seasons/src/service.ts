import { type SubgraphDefinition } from '@icssi/platform';
import { createForumSeasonsDomain, type ForumSeasonsDomain } from './domain/forum-seasons-domain';
import { ForumSeasonParticipantEntity } from './entities/forum-season-participant.entity';
import { ForumSeasonEntity } from './entities/forum-season.entity';
import { ForumEntity } from './entities/forum.entity';
import { ForumSessionEntity } from './entities/forum-session.entity';
import { ForumSessionOrganiserEntity } from './entities/forum-session-organiser.entity';
import { RecommendationEntity } from './entities/recommendation.entity';
import { createForumSeasonsLoaders, type ForumSeasonsLoaders } from './loaders/loaders';
import { forumSeasonsMigrations } from './migrations';
import { buildForumSeasonsSchema } from './schema';
import { seedForumSeasons } from './seed/seed';

export { demoForumId, demoSeasonId, demoSessionId } from './seed/seed';

/** The forum-seasons subgraph: forums, seasons, sessions, recommendations; adds forum seasons to organisations and governorates. */
export const forumSeasonsService: SubgraphDefinition<ForumSeasonsLoaders, ForumSeasonsDomain> = {
  name: 'forum-seasons',
  entities: [
    ForumEntity,
    ForumSeasonEntity,
    ForumSeasonParticipantEntity,
    ForumSessionEntity,
    ForumSessionOrganiserEntity,
    RecommendationEntity,
  ],
  migrations: forumSeasonsMigrations,
  buildSchema: buildForumSeasonsSchema,
  createLoaders: createForumSeasonsLoaders,
  createDomain: createForumSeasonsDomain,
  seed: seedForumSeasons,
};
