import { type DataSource, In, IsNull } from 'typeorm';
import { ConnectionLoaders, keyedLoader, uuidGroupedLoader, uuidKeyedLoader } from '@icssi/platform';
import { ForumReportReader } from '../domain/region-report.reader';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumSessionOrganiserEntity } from '../entities/forum-session-organiser.entity';
import { ForumSessionEntity } from '../entities/forum-session.entity';
import { ForumEntity } from '../entities/forum.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';

/** Per-request loaders: one SQL statement per batch, whatever the number of parents. */
export function createForumSeasonsLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository.bind(dataSource);
  const reports = new ForumReportReader(dataSource);
  return {
    // One aggregate statement for all the regions of one report fetch.
    regionFigures: keyedLoader(
      (keys: readonly string[]) => reports.figures(keys, 'region'),
      (figures) => figures.key,
    ),
    governorateFigures: keyedLoader(
      (keys: readonly string[]) => reports.figures(keys, 'governorate'),
      (figures) => figures.key,
    ),
    seasonCycle: uuidKeyedLoader(
      (ids) => reports.seasonCycles(ids),
      (cycle) => cycle.seasonId,
    ),
    forumById: uuidKeyedLoader(
      (ids) => repository(ForumEntity).findBy({ id: In(ids) }),
      (forum) => forum.id,
    ),
    seasonById: uuidKeyedLoader(
      (ids) => repository(ForumSeasonEntity).findBy({ id: In(ids) }),
      (season) => season.id,
    ),
    sessionById: uuidKeyedLoader(
      (ids) => repository(ForumSessionEntity).findBy({ id: In(ids) }),
      (session) => session.id,
    ),
    recommendationById: uuidKeyedLoader(
      (ids) => repository(RecommendationEntity).findBy({ id: In(ids) }),
      (r) => r.id,
    ),
    seasonsByForum: uuidGroupedLoader(
      (ids) => repository(ForumSeasonEntity).find({ where: { forumId: In(ids), archivedAt: IsNull() }, order: { number: 'ASC' } }),
      (season) => season.forumId,
    ),
    forumsByProgramme: uuidGroupedLoader(
      (ids) => repository(ForumEntity).find({ where: { programmeId: In(ids), archivedAt: IsNull() }, order: { slug: 'ASC' } }),
      (forum) => forum.programmeId as string,
    ),
    organisersBySession: uuidGroupedLoader(
      (ids) => repository(ForumSessionOrganiserEntity).find({ where: { sessionId: In(ids) }, order: { organisationId: 'ASC' } }),
      (organiser) => organiser.sessionId,
    ),
    /** Nested lists (seasons of many organisations, recommendations of many seasons) batched per arguments. */
    connections: new ConnectionLoaders(),
  };
}

export type ForumSeasonsLoaders = ReturnType<typeof createForumSeasonsLoaders>;
