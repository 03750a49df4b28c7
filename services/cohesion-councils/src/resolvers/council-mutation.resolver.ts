import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { CohesionCouncilsContext } from '../context';
import { AddCouncilMemberInput, CreateCohesionCouncilInput, RecordCouncilMeetingInput } from '../types/council-mutation.inputs';
import { CohesionCouncilPayload, CouncilMeetingPayload, CouncilMemberPayload } from '../types/council.payloads';

@Resolver()
export class CouncilMutationResolver {
  @Mutation(() => CohesionCouncilPayload, { description: 'Creates a cohesion council in a governorate (editors of its region, admins).' })
  async createCohesionCouncil(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => CreateCohesionCouncilInput, { description: 'The council.' }) input: CreateCohesionCouncilInput,
  ): Promise<CohesionCouncilPayload> {
    const result = await ctx.domain.councilWriter.create(ctx, input);
    return { council: result.entityId ? await ctx.loaders.councilById.load(result.entityId) : null, userErrors: result.userErrors };
  }

  @Mutation(() => CouncilMemberPayload, { description: 'Adds a seat to a council.' })
  async addCouncilMember(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => AddCouncilMemberInput, { description: 'The seat.' }) input: AddCouncilMemberInput,
  ): Promise<CouncilMemberPayload> {
    const result = await ctx.domain.councilWriter.addMember(ctx, input);
    return { member: result.entityId ? await ctx.loaders.memberById.load(result.entityId) : null, userErrors: result.userErrors };
  }

  @Mutation(() => CouncilMeetingPayload, { description: 'Records a council meeting with attendance counts.' })
  async recordCouncilMeeting(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('input', () => RecordCouncilMeetingInput, { description: 'The meeting.' }) input: RecordCouncilMeetingInput,
  ): Promise<CouncilMeetingPayload> {
    const result = await ctx.domain.councilWriter.recordMeeting(ctx, input);
    return { meeting: result.entityId ? await ctx.loaders.meetingById.load(result.entityId) : null, userErrors: result.userErrors };
  }
}
