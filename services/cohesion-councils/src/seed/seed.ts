import { type DataSource } from 'typeorm';
import { type Logger, demoId, demoOrganisationId, demoPersonId, demoProgrammeId, demoRecommendationId, seedRows } from '@icssi/platform';
import { CouncilMeetingEntity } from '../entities/council-meeting.entity';
import { CouncilMemberEntity } from '../entities/council-member.entity';
import { ImplementationUpdateEntity } from '../entities/implementation-update.entity';
import { MeetingRecommendationEntity } from '../entities/meeting-recommendation.entity';
import { DEMO_MEETINGS, DEMO_SEATS, DEMO_UPDATES } from './demo-council-activity';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { ImplementationEntity } from '../entities/implementation.entity';
import { DEMO_COUNCILS, DEMO_IMPLEMENTATIONS } from './demo-councils';

export const demoCouncilId = (slug: string): string => demoId('cohesion-council', slug);
export const demoImplementationId = (council: string, recommendation: string): string =>
  demoId('implementation', `${council}#${recommendation}`);

/** Loads the demo councils and implementations, or brings them forward (see seedRows); a second run changes nothing. */
export async function seedCohesionCouncils(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const insert = (entity: new () => object, values: object[]) => seedRows(manager, entity, values);
    const councils = await insert(
      CohesionCouncilEntity,
      DEMO_COUNCILS.map((council) => ({
        id: demoCouncilId(council.slug),
        slug: council.slug,
        name: council.name,
        governorateCode: council.governorateCode,
        region: council.region,
        coordinatingOrganisationId: demoOrganisationId(council.coordinator),
        status: council.status,
        establishedOn: council.establishedOn,
        // The councils are the project's next phase (the source text).
        programmeId: demoProgrammeId(),
      })),
    );
    const implementations = await insert(
      ImplementationEntity,
      DEMO_IMPLEMENTATIONS.map((item) => ({
        id: demoImplementationId(item.council, item.recommendation),
        councilId: demoCouncilId(item.council),
        recommendationId: demoRecommendationId(item.recommendation),
        status: item.status,
        progress: item.progress,
        indicatorName: item.indicatorName,
        indicatorBaseline: item.baseline === null ? null : String(item.baseline),
        indicatorTarget: item.target === null ? null : String(item.target),
        indicatorActual: item.actual === null ? null : String(item.actual),
      })),
    );
    await insert(
      CouncilMemberEntity,
      DEMO_SEATS.map((seat) => ({
        id: demoId('council-member', `${seat.council}#${seat.key}`),
        councilId: demoCouncilId(seat.council),
        sector: seat.sector,
        personId: seat.person ? demoPersonId(seat.person) : null,
        organisationId: seat.organisation ? demoOrganisationId(seat.organisation) : null,
        onBehalfOf: seat.onBehalfOf ?? null,
        startDate: '2026-04-15',
      })),
    );
    await insert(
      CouncilMeetingEntity,
      DEMO_MEETINGS.map((meeting) => ({
        id: demoId('council-meeting', `${meeting.council}#${meeting.key}`),
        councilId: demoCouncilId(meeting.council),
        heldOn: meeting.heldOn,
        governorateCode: meeting.governorateCode,
        attendanceTotal: meeting.attendance[0],
        attendanceWomen: meeting.attendance[1],
        attendanceYouth: meeting.attendance[2],
        summary: meeting.summary,
      })),
    );
    await insert(
      MeetingRecommendationEntity,
      DEMO_MEETINGS.flatMap((meeting) =>
        meeting.recommendations.map((recommendation) => ({
          meetingId: demoId('council-meeting', `${meeting.council}#${meeting.key}`),
          recommendationId: demoRecommendationId(recommendation),
        })),
      ),
    );
    await insert(
      ImplementationUpdateEntity,
      DEMO_UPDATES.map((update) => ({
        id: demoId('implementation-update', `${update.council}#${update.recommendation}#${update.reportedOn}`),
        implementationId: demoImplementationId(update.council, update.recommendation),
        reportedOn: update.reportedOn,
        progress: update.progress,
        status: update.status,
        note: update.note,
      })),
    );
    logger.info('cohesion-councils demo data', { councils, implementations });
  });
}
