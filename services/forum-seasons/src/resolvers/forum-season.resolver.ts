import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { localize } from '@icssi/platform';
import { ForumSeasonsContext } from '../context';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumEntity } from '../entities/forum.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { GovernorateStub, governorateStub } from '../federation/governorate/governorate.stub';
import { OrganisationStub, organisationStub } from '../federation/organisation/organisation.stub';
import { ForumSeason } from '../types/forum-season.type';
import { Forum } from '../types/forum.type';
import { Recommendation } from '../types/recommendation.type';

@Resolver(() => ForumSeason)
export class ForumSeasonResolver {
  @Query(() => [ForumSeason], { description: 'Forum seasons, newest first.' })
  forumSeasons(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('forumId', () => ID, { nullable: true, description: 'Only seasons of this forum.' }) forumId?: string | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only seasons held in this year.' }) year?: number | null,
  ): Promise<ForumSeasonEntity[]> {
    return ctx.domain.forums.seasons({ forumId, year });
  }

  @Query(() => ForumSeason, { nullable: true, description: 'One forum season by id, or null.' })
  forumSeason(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('id', () => ID, { description: 'The season id.' }) id: string,
  ): Promise<ForumSeasonEntity | null> {
    return ctx.loaders.seasonById.load(id);
  }

  @FieldResolver(() => Forum, { nullable: true, description: 'The forum this season belongs to.' })
  forum(@Root() season: ForumSeasonEntity, @Ctx() ctx: ForumSeasonsContext): Promise<ForumEntity | null> {
    return ctx.loaders.forumById.load(season.forumId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The season’s theme in the reader’s language.' })
  theme(@Root() season: ForumSeasonEntity, @Ctx() ctx: ForumSeasonsContext): string | null {
    return localize(season.theme, ctx.locale);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Venue (a public venue or city; never a private address).' })
  venue(@Root() season: ForumSeasonEntity, @Ctx() ctx: ForumSeasonsContext): string | null {
    return localize(season.venue, ctx.locale);
  }

  @FieldResolver(() => GovernorateStub, { description: 'The governorate where the season is held.' })
  governorate(@Root() season: ForumSeasonEntity): GovernorateStub {
    return governorateStub(season.governorateCode);
  }

  @FieldResolver(() => [OrganisationStub], { description: 'Organisations taking part in the season.' })
  async participatingOrganisations(@Root() season: ForumSeasonEntity, @Ctx() ctx: ForumSeasonsContext): Promise<OrganisationStub[]> {
    const participants = await ctx.loaders.participantIdsBySeason.load(season.id);
    return participants.map((participant) => organisationStub(participant.organisationId));
  }

  @FieldResolver(() => [Recommendation], { description: 'Recommendations of the season.' })
  recommendations(@Root() season: ForumSeasonEntity, @Ctx() ctx: ForumSeasonsContext): Promise<RecommendationEntity[]> {
    return ctx.loaders.recommendationsBySeason.load(season.id);
  }
}
