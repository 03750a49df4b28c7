import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { ForumSeasonsContext } from '../context';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumSessionEntity } from '../entities/forum-session.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { RecommendationConnection } from '../types/connections';
import { ForumSeason } from '../types/forum-season.type';
import { ForumSession } from '../types/forum-session.type';
import { RecommendationFilter } from '../types/recommendation-filter.input';
import { RecommendationOrder } from '../types/recommendation-order.input';
import { Recommendation } from '../types/recommendation.type';

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @Query(() => RecommendationConnection, { description: 'Forum recommendations.' })
  recommendations(
    @Ctx() ctx: ForumSeasonsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => RecommendationFilter, { nullable: true, description: 'Conditions the recommendations must meet.' })
    filter?: RecommendationFilter | null,
    @Arg('orderBy', () => RecommendationOrder, { nullable: true, description: 'Sort order (default: by slug).' })
    orderBy?: RecommendationOrder | null,
  ): Promise<Page<RecommendationEntity>> {
    return ctx.domain.recommendations.list(filter, orderBy, page, ctx.locale);
  }

  @Query(() => Recommendation, { nullable: true, description: 'One recommendation by id, or null.' })
  recommendation(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('id', () => ID, { description: 'The recommendation id.' }) id: string,
  ): Promise<RecommendationEntity | null> {
    return ctx.domain.gate.recommendation(ctx, id);
  }

  @Query(() => Recommendation, { nullable: true, description: 'One recommendation by slug, or null.' })
  recommendationBySlug(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('slug', () => String, { description: 'The recommendation slug.' }) slug: string,
  ): Promise<RecommendationEntity | null> {
    return ctx.domain.recommendations.bySlug(slug);
  }

  @FieldResolver(() => ForumSeason, { nullable: true, description: 'The season that adopted it.' })
  async season(@Root() recommendation: RecommendationEntity, @Ctx() ctx: ForumSeasonsContext): Promise<ForumSeasonEntity | null> {
    return ctx.domain.gate.season(ctx, recommendation.seasonId);
  }

  @FieldResolver(() => ForumSession, { nullable: true, description: 'The session it came from, if any.' })
  async session(@Root() recommendation: RecommendationEntity, @Ctx() ctx: ForumSeasonsContext): Promise<ForumSessionEntity | null> {
    return ctx.domain.gate.session(ctx, recommendation.sessionId);
  }
}
