import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page, mapPage } from '@icssi/platform';
import { ForumSeasonsContext } from '../context';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumSessionEntity } from '../entities/forum-session.entity';
import { ForumEntity } from '../entities/forum.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { GovernorateStub, governorateStub } from '../federation/governorate/governorate.stub';
import { OrganisationStub, organisationStub } from '../federation/organisation/organisation.stub';
import { ForumSeasonConnection, ForumSessionConnection, RecommendationConnection, SeasonParticipantConnection } from '../types/connections';
import { ForumSeasonFilter } from '../types/forum-season-filter.input';
import { ForumSeasonOrder } from '../types/forum-season-order.input';
import { ForumSeason } from '../types/forum-season.type';
import { Forum } from '../types/forum.type';

@Resolver(() => ForumSeason)
export class ForumSeasonResolver {
  @Query(() => ForumSeasonConnection, { description: 'Forum seasons, newest first unless ordered otherwise.' })
  forumSeasons(
    @Ctx() ctx: ForumSeasonsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ForumSeasonFilter, { nullable: true, description: 'Conditions the seasons must meet.' })
    filter?: ForumSeasonFilter | null,
    @Arg('orderBy', () => ForumSeasonOrder, { nullable: true, description: 'Sort order (default: newest first).' })
    orderBy?: ForumSeasonOrder | null,
  ): Promise<Page<ForumSeasonEntity>> {
    return ctx.domain.seasons.list(filter, orderBy, page);
  }

  @Query(() => ForumSeason, { nullable: true, description: 'One forum season by id, or null.' })
  async forumSeason(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('id', () => ID, { description: 'The season id.' }) id: string,
  ): Promise<ForumSeasonEntity | null> {
    return ctx.domain.gate.season(ctx, id);
  }

  @FieldResolver(() => Forum, { nullable: true, description: 'The forum this season belongs to.' })
  async forum(@Root() season: ForumSeasonEntity, @Ctx() ctx: ForumSeasonsContext): Promise<ForumEntity | null> {
    return ctx.domain.gate.forum(ctx, season.forumId);
  }

  @FieldResolver(() => GovernorateStub, { description: 'The governorate where the season is held.' })
  governorate(@Root() season: ForumSeasonEntity): GovernorateStub {
    return governorateStub(season.governorateCode);
  }

  @FieldResolver(() => SeasonParticipantConnection, { description: 'Organisations taking part in the season.' })
  async participatingOrganisations(
    @Root() season: ForumSeasonEntity,
    @Ctx() ctx: ForumSeasonsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<OrganisationStub>> {
    const participants = await ctx.loaders.connections.load('seasonParticipants', page, season.id, (ids) =>
      ctx.domain.seasons.participantsOf(ids, page, ctx.viewer),
    );
    return mapPage(participants, (participant) => organisationStub(participant.organisationId));
  }

  @FieldResolver(() => ForumSessionConnection, { description: 'The season’s programme, by start time.' })
  sessions(
    @Root() season: ForumSeasonEntity,
    @Ctx() ctx: ForumSeasonsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<ForumSessionEntity>> {
    return ctx.loaders.connections.load('seasonSessions', page, season.id, (ids) => ctx.domain.sessions.ofSeasons(ids, page));
  }

  @FieldResolver(() => RecommendationConnection, { description: 'Recommendations of the season, by slug.' })
  recommendations(
    @Root() season: ForumSeasonEntity,
    @Ctx() ctx: ForumSeasonsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<RecommendationEntity>> {
    return ctx.loaders.connections.load('seasonRecommendations', page, season.id, (ids) => ctx.domain.recommendations.ofSeasons(ids, page));
  }
}
