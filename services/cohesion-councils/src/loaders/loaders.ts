import { type DataSource, In, IsNull } from 'typeorm';
import { ConnectionLoaders, groupedLoader, keyedLoader, uuidGroupedLoader, uuidKeyedLoader } from '@icssi/platform';
import { CouncilReportReader } from '../domain/region-report.reader';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { CouncilMeetingEntity } from '../entities/council-meeting.entity';
import { CouncilMemberEntity } from '../entities/council-member.entity';
import { ImplementationUpdateEntity } from '../entities/implementation-update.entity';
import { ImplementationEntity } from '../entities/implementation.entity';
import { MeetingRecommendationEntity } from '../entities/meeting-recommendation.entity';

/** Per-request loaders: one SQL statement per batch, whatever the number of parents. */
export function createCohesionCouncilsLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository.bind(dataSource);
  const reports = new CouncilReportReader(dataSource);
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
    councilById: uuidKeyedLoader(
      (ids) => repository(CohesionCouncilEntity).findBy({ id: In(ids) }),
      (council) => council.id,
    ),
    implementationById: uuidKeyedLoader(
      (ids) => repository(ImplementationEntity).findBy({ id: In(ids) }),
      (item) => item.id,
    ),
    memberById: uuidKeyedLoader(
      (ids) => repository(CouncilMemberEntity).findBy({ id: In(ids) }),
      (member) => member.id,
    ),
    meetingById: uuidKeyedLoader(
      (ids) => repository(CouncilMeetingEntity).findBy({ id: In(ids) }),
      (meeting) => meeting.id,
    ),
    updateById: uuidKeyedLoader(
      (ids) => repository(ImplementationUpdateEntity).findBy({ id: In(ids) }),
      (update) => update.id,
    ),
    councilsByGovernorate: groupedLoader(
      (codes: readonly string[]) =>
        repository(CohesionCouncilEntity).find({
          where: { governorateCode: In([...codes]), archivedAt: IsNull() },
          order: { slug: 'ASC' },
        }),
      (council) => council.governorateCode,
    ),
    councilsByCoordinator: uuidGroupedLoader(
      (ids) =>
        repository(CohesionCouncilEntity).find({
          where: { coordinatingOrganisationId: In(ids), archivedAt: IsNull() },
          order: { slug: 'ASC' },
        }),
      (council) => council.coordinatingOrganisationId as string,
    ),
    councilsByProgramme: uuidGroupedLoader(
      (ids) => repository(CohesionCouncilEntity).find({ where: { programmeId: In(ids), archivedAt: IsNull() }, order: { slug: 'ASC' } }),
      (council) => council.programmeId as string,
    ),
    recommendationsByMeeting: uuidGroupedLoader(
      (ids) => repository(MeetingRecommendationEntity).find({ where: { meetingId: In(ids) }, order: { recommendationId: 'ASC' } }),
      (row) => row.meetingId,
    ),
    /** Nested lists (implementations of many recommendations, timelines, seats, meetings) batched per arguments. */
    connections: new ConnectionLoaders(),
  };
}

export type CohesionCouncilsLoaders = ReturnType<typeof createCohesionCouncilsLoaders>;
