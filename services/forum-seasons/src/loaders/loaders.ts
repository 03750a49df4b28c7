import { DataSource, In } from 'typeorm';
import { groupedLoader, uuidGroupedLoader, uuidKeyedLoader } from '@icssi/platform';
import { ForumSeasonParticipantEntity } from '../entities/forum-season-participant.entity';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumEntity } from '../entities/forum.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';

/** Per-request loaders: one SQL statement per batch, whatever the number of parents. */
export function createForumSeasonsLoaders(dataSource: DataSource) {
  const forums = () => dataSource.getRepository(ForumEntity);
  const seasons = () => dataSource.getRepository(ForumSeasonEntity);
  const participants = () => dataSource.getRepository(ForumSeasonParticipantEntity);
  const recommendations = () => dataSource.getRepository(RecommendationEntity);
  const participantsOfOrganisations = uuidGroupedLoader(
    (ids) =>
      participants().find({
        where: { organisationId: In(ids) },
        relations: { season: true },
        order: { season: { year: 'DESC', startDate: 'DESC', number: 'DESC' } },
      }),
    (participant) => participant.organisationId,
  );
  return {
    forumById: uuidKeyedLoader((ids) => forums().findBy({ id: In(ids) }), (forum) => forum.id),
    seasonById: uuidKeyedLoader((ids) => seasons().findBy({ id: In(ids) }), (season) => season.id),
    recommendationById: uuidKeyedLoader((ids) => recommendations().findBy({ id: In(ids) }), (r) => r.id),
    seasonsByForum: uuidGroupedLoader(
      (ids) => seasons().find({ where: { forumId: In(ids) }, order: { number: 'ASC' } }),
      (season) => season.forumId,
    ),
    recommendationsBySeason: uuidGroupedLoader(
      (ids) => recommendations().find({ where: { seasonId: In(ids) }, order: { slug: 'ASC' } }),
      (recommendation) => recommendation.seasonId,
    ),
    participantIdsBySeason: groupedLoader(
      (ids: readonly string[]) => participants().find({ where: { seasonId: In([...ids]) }, order: { organisationId: 'ASC' } }),
      (participant) => participant.seasonId,
    ),
    seasonsByParticipant: {
      load: async (organisationId: string): Promise<ForumSeasonEntity[]> =>
        (await participantsOfOrganisations.load(organisationId)).map((participant) => participant.season),
    },
  };
}

export type ForumSeasonsLoaders = ReturnType<typeof createForumSeasonsLoaders>;
