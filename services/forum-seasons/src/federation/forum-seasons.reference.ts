import { unlessArchived } from '@icssi/platform';
import { ForumSeasonsContext } from '../context';
import { ForumEntity } from '../entities/forum.entity';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumSessionEntity } from '../entities/forum-session.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';

// Each calls load() synchronously, so all representations of one fetch batch into one query per type.
export const resolveForumReference = (reference: { id: string }, ctx: ForumSeasonsContext): Promise<ForumEntity | null> =>
  ctx.loaders.forumById.load(reference.id).then((forum) => unlessArchived(forum, ctx.viewer));

export const resolveForumSeasonReference = (reference: { id: string }, ctx: ForumSeasonsContext): Promise<ForumSeasonEntity | null> =>
  ctx.loaders.seasonById.load(reference.id).then((season) => unlessArchived(season, ctx.viewer));

export const resolveForumSessionReference = (reference: { id: string }, ctx: ForumSeasonsContext): Promise<ForumSessionEntity | null> =>
  ctx.loaders.sessionById.load(reference.id).then((session) => unlessArchived(session, ctx.viewer));

export const resolveRecommendationReference = (reference: { id: string }, ctx: ForumSeasonsContext): Promise<RecommendationEntity | null> =>
  ctx.loaders.recommendationById.load(reference.id);
