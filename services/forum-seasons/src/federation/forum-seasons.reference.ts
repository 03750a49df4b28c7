import { type ForumSeasonsContext } from '../context';
import { type ForumEntity } from '../entities/forum.entity';
import { type ForumSeasonEntity } from '../entities/forum-season.entity';
import { type ForumSessionEntity } from '../entities/forum-session.entity';
import { type RecommendationEntity } from '../entities/recommendation.entity';

// Each calls load() synchronously, so all representations of one fetch batch into one query per type.
export const resolveForumReference = (reference: { id: string }, ctx: ForumSeasonsContext): Promise<ForumEntity | null> =>
  ctx.domain.gate.forum(ctx, reference.id);

export const resolveForumSeasonReference = (reference: { id: string }, ctx: ForumSeasonsContext): Promise<ForumSeasonEntity | null> =>
  ctx.domain.gate.season(ctx, reference.id);

export const resolveForumSessionReference = (reference: { id: string }, ctx: ForumSeasonsContext): Promise<ForumSessionEntity | null> =>
  ctx.domain.gate.session(ctx, reference.id);

export const resolveRecommendationReference = (reference: { id: string }, ctx: ForumSeasonsContext): Promise<RecommendationEntity | null> =>
  ctx.domain.gate.recommendation(ctx, reference.id);
