import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { MutationResult } from '@icssi/platform';
import { ForumSeasonsContext } from '../context';
import {
  AdoptRecommendationInput,
  CreateRecommendationInput,
  UpdateRecommendationInput,
  WithdrawRecommendationInput,
} from '../types/recommendation-mutation.inputs';
import { RecommendationPayload } from '../types/recommendation.payload';
import {
  AddForumSessionInput,
  AddSeasonParticipantInput,
  ArchiveForumInput,
  ArchiveForumSeasonInput,
  ArchiveForumSessionInput,
  CreateForumInput,
  CreateForumSeasonInput,
  UpdateForumInput,
  UpdateForumSeasonInput,
  UpdateForumSessionInput,
} from '../types/season-mutation.inputs';
import { ForumPayload, ForumSeasonPayload, ForumSessionPayload } from '../types/season.payload';

async function payload(ctx: ForumSeasonsContext, result: MutationResult): Promise<RecommendationPayload> {
  return { recommendation: await ctx.domain.gate.recommendation(ctx, result.entityId), userErrors: result.userErrors };
}

@Resolver()
export class ForumMutationResolver {
  @Mutation(() => RecommendationPayload, { description: 'Proposes a recommendation at a season (editors of the forum’s region, admins).' })
  async createRecommendation(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => CreateRecommendationInput, { description: 'The recommendation.' }) input: CreateRecommendationInput,
  ): Promise<RecommendationPayload> {
    return payload(ctx, await ctx.domain.recommendationWriter.create(ctx, input));
  }

  @Mutation(() => ForumSeasonPayload, {
    description: 'Announces a new season of a forum (editors of the forum’s region, admins); a taken number is DUPLICATE.',
  })
  async createForumSeason(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => CreateForumSeasonInput, { description: 'The season.' }) input: CreateForumSeasonInput,
  ): Promise<ForumSeasonPayload> {
    const result = await ctx.domain.seasonWriter.create(ctx, input);
    return { season: await ctx.domain.gate.season(ctx, result.entityId), userErrors: result.userErrors };
  }

  @Mutation(() => ForumSeasonPayload, { description: 'Changes a season (its state, dates, theme), if `version` is still current.' })
  async updateForumSeason(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => UpdateForumSeasonInput, { description: 'The changes.' }) input: UpdateForumSeasonInput,
  ): Promise<ForumSeasonPayload> {
    const result = await ctx.domain.seasonWriter.update(ctx, input);
    return { season: await ctx.domain.gate.season(ctx, result.entityId), userErrors: result.userErrors };
  }

  @Mutation(() => ForumSeasonPayload, {
    description:
      'Archives a season announced but never held (no live recommendations): it leaves every list and stays resolvable for admins.',
  })
  async archiveForumSeason(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => ArchiveForumSeasonInput, { description: 'Which season, at which version.' }) input: ArchiveForumSeasonInput,
  ): Promise<ForumSeasonPayload> {
    const result = await ctx.domain.seasonWriter.archive(ctx, input);
    return { season: await ctx.domain.gate.season(ctx, result.entityId), userErrors: result.userErrors };
  }

  @Mutation(() => ForumPayload, {
    description:
      'Archives a forum that no longer meets (admins; its seasons archived first): it leaves every list and stays resolvable for admins.',
  })
  async archiveForum(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => ArchiveForumInput, { description: 'Which forum, at which version.' }) input: ArchiveForumInput,
  ): Promise<ForumPayload> {
    const result = await ctx.domain.seasonWriter.archiveForum(ctx, input);
    return { forum: await ctx.domain.gate.forum(ctx, result.entityId), userErrors: result.userErrors };
  }

  @Mutation(() => ForumPayload, { description: 'Creates a social forum (admins).' })
  async createForum(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => CreateForumInput, { description: 'The forum.' }) input: CreateForumInput,
  ): Promise<ForumPayload> {
    const result = await ctx.domain.seasonWriter.createForum(ctx, input);
    return { forum: await ctx.domain.gate.forum(ctx, result.entityId), userErrors: result.userErrors };
  }

  @Mutation(() => ForumPayload, {
    description: 'Corrects a forum’s name, founding year or secretariat (admins), if `version` is still current.',
  })
  async updateForum(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => UpdateForumInput, { description: 'The changes.' }) input: UpdateForumInput,
  ): Promise<ForumPayload> {
    const result = await ctx.domain.seasonWriter.updateForum(ctx, input);
    return { forum: await ctx.domain.gate.forum(ctx, result.entityId), userErrors: result.userErrors };
  }

  @Mutation(() => ForumSessionPayload, {
    description: 'Corrects a programme item (editors of the forum’s region, admins), if `version` is still current.',
  })
  async updateForumSession(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => UpdateForumSessionInput, { description: 'The changes.' }) input: UpdateForumSessionInput,
  ): Promise<ForumSessionPayload> {
    const result = await ctx.domain.seasonWriter.updateSession(ctx, input);
    return { session: await ctx.domain.gate.session(ctx, result.entityId), userErrors: result.userErrors };
  }

  @Mutation(() => ForumSessionPayload, {
    description: 'Archives a cancelled or mistaken programme item: it leaves every list and stays resolvable for admins.',
  })
  async archiveForumSession(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => ArchiveForumSessionInput, { description: 'Which session, at which version.' }) input: ArchiveForumSessionInput,
  ): Promise<ForumSessionPayload> {
    const result = await ctx.domain.seasonWriter.archiveSession(ctx, input);
    return { session: await ctx.domain.gate.session(ctx, result.entityId), userErrors: result.userErrors };
  }

  @Mutation(() => ForumSessionPayload, { description: 'Adds a programme item to a season (editors of the forum’s region, admins).' })
  async addForumSession(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => AddForumSessionInput, { description: 'The session.' }) input: AddForumSessionInput,
  ): Promise<ForumSessionPayload> {
    const result = await ctx.domain.seasonWriter.addSession(ctx, input);
    return { session: await ctx.domain.gate.session(ctx, result.entityId), userErrors: result.userErrors };
  }

  @Mutation(() => ForumSeasonPayload, { description: 'Records that an organisation takes part in a season; a second time is DUPLICATE.' })
  async addSeasonParticipant(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => AddSeasonParticipantInput, { description: 'Which season, which organisation.' }) input: AddSeasonParticipantInput,
  ): Promise<ForumSeasonPayload> {
    const result = await ctx.domain.seasonWriter.addParticipant(ctx, input);
    return { season: await ctx.domain.gate.season(ctx, result.entityId), userErrors: result.userErrors };
  }

  @Mutation(() => RecommendationPayload, { description: 'Changes a recommendation’s wording or themes, if `version` is still current.' })
  async updateRecommendation(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => UpdateRecommendationInput, { description: 'The changes.' }) input: UpdateRecommendationInput,
  ): Promise<RecommendationPayload> {
    return payload(ctx, await ctx.domain.recommendationWriter.update(ctx, input));
  }

  @Mutation(() => RecommendationPayload, { description: 'The season adopts a proposed recommendation.' })
  async adoptRecommendation(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => AdoptRecommendationInput, { description: 'Which recommendation, at which version, adopted when.' })
    input: AdoptRecommendationInput,
  ): Promise<RecommendationPayload> {
    return payload(ctx, await ctx.domain.recommendationWriter.adopt(ctx, input));
  }

  @Mutation(() => RecommendationPayload, { description: 'Withdraws a recommendation.' })
  async withdrawRecommendation(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => WithdrawRecommendationInput, { description: 'Which recommendation, at which version.' })
    input: WithdrawRecommendationInput,
  ): Promise<RecommendationPayload> {
    return payload(ctx, await ctx.domain.recommendationWriter.withdraw(ctx, input));
  }
}
