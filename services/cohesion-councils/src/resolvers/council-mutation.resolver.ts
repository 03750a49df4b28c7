import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { payloadOf } from '@icssi/platform';
import { CohesionCouncilsContext } from '../context';
import {
  AddCouncilMemberInput,
  ArchiveCohesionCouncilInput,
  ArchiveCouncilMeetingInput,
  CreateCohesionCouncilInput,
  EndCouncilMemberInput,
  RecordCouncilMeetingInput,
  UpdateCohesionCouncilInput,
  UpdateCouncilMeetingInput,
  UpdateCouncilMemberInput,
} from '../types/council-mutation.inputs';
import { CohesionCouncilPayload, CouncilMeetingPayload, CouncilMemberPayload } from '../types/council.payloads';

@Resolver()
export class CouncilMutationResolver {
  @Mutation(() => CohesionCouncilPayload, { description: 'Creates a cohesion council in a governorate (editors of its region, admins).' })
  async createCohesionCouncil(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => CreateCohesionCouncilInput, { description: 'The council.' }) input: CreateCohesionCouncilInput,
  ): Promise<CohesionCouncilPayload> {
    return payloadOf('council', ctx.domain.councilWriter.create(ctx, input), (id) => ctx.domain.gate.council(ctx, id));
  }

  @Mutation(() => CohesionCouncilPayload, { description: 'Changes a council, if `version` is still current.' })
  async updateCohesionCouncil(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => UpdateCohesionCouncilInput, { description: 'The changes.' }) input: UpdateCohesionCouncilInput,
  ): Promise<CohesionCouncilPayload> {
    return payloadOf('council', ctx.domain.councilWriter.update(ctx, input), (id) => ctx.domain.gate.council(ctx, id));
  }

  @Mutation(() => CohesionCouncilPayload, { description: 'Archives a council: it leaves every list and stays resolvable for admins.' })
  async archiveCohesionCouncil(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => ArchiveCohesionCouncilInput, { description: 'Which council, at which version.' })
    input: ArchiveCohesionCouncilInput,
  ): Promise<CohesionCouncilPayload> {
    return payloadOf('council', ctx.domain.councilWriter.archive(ctx, input), (id) => ctx.domain.gate.council(ctx, id));
  }

  @Mutation(() => CouncilMemberPayload, {
    description: 'Corrects a seat’s sector, what it represents or its first day, if `version` is still current.',
  })
  async updateCouncilMember(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => UpdateCouncilMemberInput, { description: 'The changes.' }) input: UpdateCouncilMemberInput,
  ): Promise<CouncilMemberPayload> {
    return payloadOf('member', ctx.domain.councilMemberWriter.updateMember(ctx, input), (id) => ctx.domain.gate.seat(ctx, id));
  }

  @Mutation(() => CouncilMemberPayload, { description: 'A seat is vacated (versioned).' })
  async endCouncilMember(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => EndCouncilMemberInput, { description: 'Which seat, when it ends.' }) input: EndCouncilMemberInput,
  ): Promise<CouncilMemberPayload> {
    return payloadOf('member', ctx.domain.councilMemberWriter.endMember(ctx, input), (id) => ctx.domain.gate.seat(ctx, id));
  }

  @Mutation(() => CouncilMemberPayload, { description: 'Adds a seat to a council.' })
  async addCouncilMember(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => AddCouncilMemberInput, { description: 'The seat.' }) input: AddCouncilMemberInput,
  ): Promise<CouncilMemberPayload> {
    return payloadOf('member', ctx.domain.councilMemberWriter.addMember(ctx, input), (id) => ctx.domain.gate.seat(ctx, id));
  }

  @Mutation(() => CouncilMeetingPayload, { description: 'Records a council meeting with attendance counts.' })
  async recordCouncilMeeting(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => RecordCouncilMeetingInput, { description: 'The meeting.' }) input: RecordCouncilMeetingInput,
  ): Promise<CouncilMeetingPayload> {
    return payloadOf('meeting', ctx.domain.councilMeetingWriter.recordMeeting(ctx, input), (id) => ctx.domain.gate.meeting(ctx, id));
  }

  @Mutation(() => CouncilMeetingPayload, { description: 'Corrects a meeting record, if `version` is still current.' })
  async updateCouncilMeeting(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => UpdateCouncilMeetingInput, { description: 'The changes.' }) input: UpdateCouncilMeetingInput,
  ): Promise<CouncilMeetingPayload> {
    return payloadOf('meeting', ctx.domain.councilMeetingWriter.updateMeeting(ctx, input), (id) => ctx.domain.gate.meeting(ctx, id));
  }

  @Mutation(() => CouncilMeetingPayload, {
    description: 'Archives a meeting recorded by mistake: it leaves every list and stays resolvable for admins.',
  })
  async archiveCouncilMeeting(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => ArchiveCouncilMeetingInput, { description: 'Which meeting, at which version.' }) input: ArchiveCouncilMeetingInput,
  ): Promise<CouncilMeetingPayload> {
    return payloadOf('meeting', ctx.domain.councilMeetingWriter.archiveMeeting(ctx, input), (id) => ctx.domain.gate.meeting(ctx, id));
  }
}
