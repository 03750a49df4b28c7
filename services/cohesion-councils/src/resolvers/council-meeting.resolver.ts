import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page, PeopleCount } from '@icssi/platform';
import { CohesionCouncilsContext } from '../context';
import { meetingAttendance } from '../domain/attendance-figures';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { CouncilMeetingEntity } from '../entities/council-meeting.entity';
import { GovernorateStub, governorateStub } from '../federation/governorate/governorate.stub';
import { RecommendationStub, recommendationStub } from '../federation/recommendation/recommendation.stub';
import { CohesionCouncil } from '../types/cohesion-council.type';
import { CouncilMeeting } from '../types/council-meeting.type';
import { CouncilMeetingConnection } from '../types/connections';
import { CouncilMeetingFilter } from '../types/meeting-filter.input';

@Resolver(() => CouncilMeeting)
export class CouncilMeetingResolver {
  @Query(() => CouncilMeetingConnection, { description: 'Council meetings, newest first.' })
  councilMeetings(
    @Ctx() ctx: CohesionCouncilsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => CouncilMeetingFilter, { nullable: true, description: 'Conditions the meetings must meet.' })
    filter?: CouncilMeetingFilter | null,
  ): Promise<Page<CouncilMeetingEntity>> {
    return ctx.domain.councils.meetingList(filter, page);
  }

  @Query(() => CouncilMeeting, { nullable: true, description: 'One council meeting by id, or null.' })
  async councilMeeting(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('id', () => ID, { description: 'The meeting id.' }) id: string,
  ): Promise<CouncilMeetingEntity | null> {
    return ctx.domain.gate.meeting(ctx, id);
  }

  @FieldResolver(() => CohesionCouncil, { nullable: true, description: 'The council that met.' })
  council(@Root() meeting: CouncilMeetingEntity, @Ctx() ctx: CohesionCouncilsContext): Promise<CohesionCouncilEntity | null> {
    return ctx.domain.gate.council(ctx, meeting.councilId);
  }

  @FieldResolver(() => GovernorateStub, { description: 'Where it met (governorate only).' })
  governorate(@Root() meeting: CouncilMeetingEntity): GovernorateStub {
    return governorateStub(meeting.governorateCode);
  }

  @FieldResolver(() => PeopleCount, {
    nullable: true,
    description:
      'People attending, protected like every count of people (below the threshold: “fewer than `lowerThan`”); null when not recorded.',
  })
  attendanceTotal(@Root() meeting: CouncilMeetingEntity): PeopleCount | null {
    return meetingAttendance(meeting, 'attendance_total');
  }

  @FieldResolver(() => PeopleCount, {
    nullable: true,
    description: 'Of whom women, protected like every count of people; null when not recorded.',
  })
  attendanceWomen(@Root() meeting: CouncilMeetingEntity): PeopleCount | null {
    return meetingAttendance(meeting, 'attendance_women');
  }

  @FieldResolver(() => PeopleCount, {
    nullable: true,
    description: 'Of whom young people (15–29), protected like every count of people; null when not recorded.',
  })
  attendanceYouth(@Root() meeting: CouncilMeetingEntity): PeopleCount | null {
    return meetingAttendance(meeting, 'attendance_youth');
  }
  @FieldResolver(() => [RecommendationStub], { description: 'Forum recommendations discussed.' })
  async recommendationsDiscussed(
    @Root() meeting: CouncilMeetingEntity,
    @Ctx() ctx: CohesionCouncilsContext,
  ): Promise<RecommendationStub[]> {
    return (await ctx.loaders.recommendationsByMeeting.load(meeting.id)).map((row) => recommendationStub(row.recommendationId));
  }
}
