import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Translation, localize, translationsOf } from '@icssi/platform';
import { ForumSeasonsContext } from '../context';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { ForumSeason } from '../types/forum-season.type';
import { RecommendationStatus } from '../types/recommendation-status.enum';
import { Recommendation } from '../types/recommendation.type';

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @Query(() => [Recommendation], { description: 'Forum recommendations.' })
  recommendations(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('status', () => RecommendationStatus, { nullable: true, description: 'Only recommendations in this state.' })
    status?: RecommendationStatus | null,
  ): Promise<RecommendationEntity[]> {
    return ctx.domain.forums.recommendations({ status });
  }

  @Query(() => Recommendation, { nullable: true, description: 'One recommendation by id, or null.' })
  recommendation(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('id', () => ID, { description: 'The recommendation id.' }) id: string,
  ): Promise<RecommendationEntity | null> {
    return ctx.loaders.recommendationById.load(id);
  }

  @FieldResolver(() => String, { description: 'Title in the reader’s language, with fallback.' })
  title(@Root() recommendation: RecommendationEntity, @Ctx() ctx: ForumSeasonsContext): string | null {
    return localize(recommendation.title, ctx.locale);
  }

  @FieldResolver(() => [Translation], { description: 'The title in every language, with provenance.' })
  titleTranslations(@Root() recommendation: RecommendationEntity): Translation[] {
    return translationsOf(recommendation.title);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Full text in the reader’s language, with fallback.' })
  text(@Root() recommendation: RecommendationEntity, @Ctx() ctx: ForumSeasonsContext): string | null {
    return localize(recommendation.text, ctx.locale);
  }

  @FieldResolver(() => ForumSeason, { nullable: true, description: 'The season that adopted it.' })
  season(@Root() recommendation: RecommendationEntity, @Ctx() ctx: ForumSeasonsContext): Promise<ForumSeasonEntity | null> {
    return ctx.loaders.seasonById.load(recommendation.seasonId);
  }
}
