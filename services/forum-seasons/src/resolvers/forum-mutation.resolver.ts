import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { payloadOf } from '@icssi/platform';
import { ForumSeasonsContext } from '../context';
import {
  AdoptRecommendationInput,
  CreateRecommendationInput,
  UpdateRecommendationInput,
  WithdrawRecommendationInput,
} from '../types/recommendation-mutation.inputs';
import { RecommendationPayload } from '../types/recommendation.payloads';
import { ArchiveForumInput, CreateForumInput, UpdateForumInput } from '../types/forum-mutation.inputs';
import {
  AddSeasonParticipantInput,
  ArchiveForumSeasonInput,
  CreateForumSeasonInput,
  UpdateForumSeasonInput,
} from '../types/forum-season-mutation.inputs';
import { AddForumSessionInput, ArchiveForumSessionInput, UpdateForumSessionInput } from '../types/forum-session-mutation.inputs';
import { ForumSeasonPayload } from '../types/forum-season.payloads';
import { ForumSessionPayload } from '../types/forum-session.payloads';
import { ForumPayload } from '../types/forum.payloads';

@Resolver()
export class ForumMutationResolver {
  @Mutation(() => RecommendationPayload, { description: 'Proposes a recommendation at a season (editors of the forum’s region, admins).' })
  async createRecommendation(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => CreateRecommendationInput, { description: 'The recommendation.' }) input: CreateRecommendationInput,
  ): Promise<RecommendationPayload> {
    return payloadOf('recommendation', ctx.domain.recommendationWriter.create(ctx, input), (id) => ctx.domain.gate.recommendation(ctx, id));
  }

  @Mutation(() => ForumSeasonPayload, {
    description: 'Announces a new season of a forum (editors of the forum’s region, admins); a taken number is DUPLICATE.',
  })
  async createForumSeason(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => CreateForumSeasonInput, { description: 'The season.' }) input: CreateForumSeasonInput,
  ): Promise<ForumSeasonPayload> {
    return payloadOf('season', ctx.domain.seasonWriter.create(ctx, input), (id) => ctx.domain.gate.season(ctx, id));
  }

  @Mutation(() => ForumSeasonPayload, { description: 'Changes a season (its state, dates, theme), if `version` is still current.' })
  async updateForumSeason(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => UpdateForumSeasonInput, { description: 'The changes.' }) input: UpdateForumSeasonInput,
  ): Promise<ForumSeasonPayload> {
    return payloadOf('season', ctx.domain.seasonWriter.update(ctx, input), (id) => ctx.domain.gate.season(ctx, id));
  }

  @Mutation(() => ForumSeasonPayload, {
    description:
      'Archives a season announced but never held (no live recommendations): it leaves every list and stays resolvable for admins.',
  })
  async archiveForumSeason(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => ArchiveForumSeasonInput, { description: 'Which season, at which version.' }) input: ArchiveForumSeasonInput,
  ): Promise<ForumSeasonPayload> {
    return payloadOf('season', ctx.domain.seasonWriter.archive(ctx, input), (id) => ctx.domain.gate.season(ctx, id));
  }

  @Mutation(() => ForumPayload, {
    description:
      'Archives a forum that no longer meets (admins; its seasons archived first): it leaves every list and stays resolvable for admins.',
  })
  async archiveForum(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => ArchiveForumInput, { description: 'Which forum, at which version.' }) input: ArchiveForumInput,
  ): Promise<ForumPayload> {
    return payloadOf('forum', ctx.domain.forumWriter.archive(ctx, input), (id) => ctx.domain.gate.forum(ctx, id));
  }

  @Mutation(() => ForumPayload, { description: 'Creates a social forum (admins).' })
  async createForum(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => CreateForumInput, { description: 'The forum.' }) input: CreateForumInput,
  ): Promise<ForumPayload> {
    return payloadOf('forum', ctx.domain.forumWriter.create(ctx, input), (id) => ctx.domain.gate.forum(ctx, id));
  }

  @Mutation(() => ForumPayload, {
    description: 'Corrects a forum’s name, founding year or secretariat (admins), if `version` is still current.',
  })
  async updateForum(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => UpdateForumInput, { description: 'The changes.' }) input: UpdateForumInput,
  ): Promise<ForumPayload> {
    return payloadOf('forum', ctx.domain.forumWriter.update(ctx, input), (id) => ctx.domain.gate.forum(ctx, id));
  }

  @Mutation(() => ForumSessionPayload, {
    description: 'Corrects a programme item (editors of the forum’s region, admins), if `version` is still current.',
  })
  async updateForumSession(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => UpdateForumSessionInput, { description: 'The changes.' }) input: UpdateForumSessionInput,
  ): Promise<ForumSessionPayload> {
    return payloadOf('session', ctx.domain.sessionWriter.update(ctx, input), (id) => ctx.domain.gate.session(ctx, id));
  }

  @Mutation(() => ForumSessionPayload, {
    description: 'Archives a cancelled or mistaken programme item: it leaves every list and stays resolvable for admins.',
  })
  async archiveForumSession(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => ArchiveForumSessionInput, { description: 'Which session, at which version.' }) input: ArchiveForumSessionInput,
  ): Promise<ForumSessionPayload> {
    return payloadOf('session', ctx.domain.sessionWriter.archive(ctx, input), (id) => ctx.domain.gate.session(ctx, id));
  }

  @Mutation(() => ForumSessionPayload, { description: 'Adds a programme item to a season (editors of the forum’s region, admins).' })
  async addForumSession(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => AddForumSessionInput, { description: 'The session.' }) input: AddForumSessionInput,
  ): Promise<ForumSessionPayload> {
    return payloadOf('session', ctx.domain.sessionWriter.add(ctx, input), (id) => ctx.domain.gate.session(ctx, id));
  }

  @Mutation(() => ForumSeasonPayload, { description: 'Records that an organisation takes part in a season; a second time is DUPLICATE.' })
  async addSeasonParticipant(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => AddSeasonParticipantInput, { description: 'Which season, which organisation.' }) input: AddSeasonParticipantInput,
  ): Promise<ForumSeasonPayload> {
    return payloadOf('season', ctx.domain.seasonWriter.addParticipant(ctx, input), (id) => ctx.domain.gate.season(ctx, id));
  }

  @Mutation(() => RecommendationPayload, { description: 'Changes a recommendation’s wording or themes, if `version` is still current.' })
  async updateRecommendation(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => UpdateRecommendationInput, { description: 'The changes.' }) input: UpdateRecommendationInput,
  ): Promise<RecommendationPayload> {
    return payloadOf('recommendation', ctx.domain.recommendationWriter.update(ctx, input), (id) => ctx.domain.gate.recommendation(ctx, id));
  }

  @Mutation(() => RecommendationPayload, { description: 'The season adopts a proposed recommendation.' })
  async adoptRecommendation(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => AdoptRecommendationInput, { description: 'Which recommendation, at which version, adopted when.' })
    input: AdoptRecommendationInput,
  ): Promise<RecommendationPayload> {
    return payloadOf('recommendation', ctx.domain.recommendationWriter.adopt(ctx, input), (id) => ctx.domain.gate.recommendation(ctx, id));
  }

  @Mutation(() => RecommendationPayload, { description: 'Withdraws a recommendation.' })
  async withdrawRecommendation(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('input', () => WithdrawRecommendationInput, { description: 'Which recommendation, at which version.' })
    input: WithdrawRecommendationInput,
  ): Promise<RecommendationPayload> {
    return payloadOf('recommendation', ctx.domain.recommendationWriter.withdraw(ctx, input), (id) =>
      ctx.domain.gate.recommendation(ctx, id),
    );
  }
}
