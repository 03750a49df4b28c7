import { type DataSource } from 'typeorm';
import { type Logger, demoId, demoOrganisationId, demoProgrammeId, demoRecommendationId, seedRows } from '@icssi/platform';
import { ForumSeasonParticipantEntity } from '../entities/forum-season-participant.entity';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumEntity } from '../entities/forum.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { DEMO_FORUMS, DEMO_RECOMMENDATIONS, DEMO_SEASONS } from './demo-forums';
import { DEMO_RECOMMENDATION_SESSIONS, DEMO_SESSIONS } from './demo-sessions';
import { ForumSessionEntity } from '../entities/forum-session.entity';
import { ForumSessionOrganiserEntity } from '../entities/forum-session-organiser.entity';

export const demoForumId = (slug: string): string => demoId('forum', slug);
export const demoSeasonId = (forum: string, number: number): string => demoId('forum-season', `${forum}#${number}`);
export const demoSessionId = (forum: string, number: number, key: string): string => demoId('forum-session', `${forum}#${number}#${key}`);

/** Loads the demo forums, seasons and recommendations, or brings them forward (see seedRows); a second run changes nothing. */
export async function seedForumSeasons(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const insert = (entity: new () => object, values: object[]) => seedRows(manager, entity, values);
    const forums = await insert(
      ForumEntity,
      DEMO_FORUMS.map((forum) => ({
        id: demoForumId(forum.slug),
        slug: forum.slug,
        name: forum.name,
        region: forum.region,
        hostGovernorateCode: forum.hostGovernorateCode,
        foundedYear: forum.foundedYear,
        secretariatOrganisationId: demoOrganisationId(forum.secretariat),
        // The groups' campaigns run within both forums' framework (the source text).
        programmeId: demoProgrammeId(),
      })),
    );
    const seasons = await insert(
      ForumSeasonEntity,
      DEMO_SEASONS.map((season) => ({
        id: demoSeasonId(season.forum, season.number),
        forumId: demoForumId(season.forum),
        number: season.number,
        year: season.year,
        startDate: season.startDate,
        endDate: season.endDate,
        venue: season.venue,
        governorateCode: season.governorateCode,
        theme: season.theme,
        status: season.status,
      })),
    );
    await insert(
      ForumSeasonParticipantEntity,
      DEMO_SEASONS.flatMap((season) =>
        season.participants.map((organisation) => ({
          seasonId: demoSeasonId(season.forum, season.number),
          organisationId: demoOrganisationId(organisation),
        })),
      ),
    );
    await insert(
      ForumSessionEntity,
      DEMO_SESSIONS.map((session) => ({
        id: demoSessionId(session.forum, session.season, session.key),
        seasonId: demoSeasonId(session.forum, session.season),
        title: session.title,
        format: session.format,
        themes: session.themes,
        startsAt: new Date(session.startsAt),
        endsAt: new Date(session.endsAt),
      })),
    );
    await insert(
      ForumSessionOrganiserEntity,
      DEMO_SESSIONS.flatMap((session) =>
        session.organisers.map((organisation) => ({
          sessionId: demoSessionId(session.forum, session.season, session.key),
          organisationId: demoOrganisationId(organisation),
        })),
      ),
    );
    const recommendations = await insert(
      RecommendationEntity,
      DEMO_RECOMMENDATIONS.map((recommendation) => ({
        id: demoRecommendationId(recommendation.slug),
        slug: recommendation.slug,
        seasonId: demoSeasonId(recommendation.forum, recommendation.season),
        sessionId: DEMO_RECOMMENDATION_SESSIONS[recommendation.slug]
          ? demoSessionId(recommendation.forum, recommendation.season, DEMO_RECOMMENDATION_SESSIONS[recommendation.slug] as string)
          : null,
        title: recommendation.title,
        text: recommendation.text,
        themes: recommendation.themes,
        status: recommendation.status,
        adoptedOn: recommendation.adoptedOn,
      })),
    );
    logger.info('forum-seasons demo data', { forums, seasons, recommendations });
  });
}
