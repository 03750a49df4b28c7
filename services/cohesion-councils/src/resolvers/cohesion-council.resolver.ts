import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { CohesionCouncilsContext } from '../context';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { CouncilMeetingEntity } from '../entities/council-meeting.entity';
import { CouncilMemberEntity } from '../entities/council-member.entity';
import { ImplementationEntity } from '../entities/implementation.entity';
import { GovernorateStub, governorateStub } from '../federation/governorate/governorate.stub';
import { OrganisationStub } from '../federation/organisation/organisation.stub';
import { CohesionCouncil } from '../types/cohesion-council.type';
import {
  CohesionCouncilConnection,
  CouncilMeetingConnection,
  CouncilMemberConnection,
  ImplementationConnection,
} from '../types/connections';
import { CohesionCouncilFilter } from '../types/council-filter.input';
import { CohesionCouncilOrder } from '../types/council-order.input';

@Resolver(() => CohesionCouncil)
export class CohesionCouncilResolver {
  @Query(() => CohesionCouncilConnection, { description: 'Social cohesion councils.' })
  cohesionCouncils(
    @Ctx() ctx: CohesionCouncilsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => CohesionCouncilFilter, { nullable: true, description: 'Conditions the councils must meet.' })
    filter?: CohesionCouncilFilter | null,
    @Arg('orderBy', () => CohesionCouncilOrder, { nullable: true, description: 'Sort order (default: by slug).' })
    orderBy?: CohesionCouncilOrder | null,
  ): Promise<Page<CohesionCouncilEntity>> {
    return ctx.domain.councils.list(filter, orderBy, page, ctx.locale);
  }

  @Query(() => CohesionCouncil, { nullable: true, description: 'One council by id, or null.' })
  async cohesionCouncil(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('id', () => ID, { description: 'The council id.' }) id: string,
  ): Promise<CohesionCouncilEntity | null> {
    return ctx.domain.gate.council(ctx, id);
  }

  @FieldResolver(() => GovernorateStub, { description: 'The governorate the council serves.' })
  governorate(@Root() council: CohesionCouncilEntity): GovernorateStub {
    return governorateStub(council.governorateCode);
  }

  @FieldResolver(() => OrganisationStub, { nullable: true, description: 'The civil-society organisation coordinating the council.' })
  coordinatingOrganisation(@Root() council: CohesionCouncilEntity, @Ctx() ctx: CohesionCouncilsContext): OrganisationStub | null {
    return ctx.domain.gate.organisation(ctx, council.coordinatingOrganisationId);
  }

  @FieldResolver(() => CouncilMemberConnection, { description: 'The council’s seats, by sector.' })
  members(
    @Root() council: CohesionCouncilEntity,
    @Ctx() ctx: CohesionCouncilsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<CouncilMemberEntity>> {
    return ctx.loaders.connections.load('councilMembers', page, council.id, (ids) =>
      ctx.domain.councils.membersOfCouncils(ids, page, ctx.viewer),
    );
  }

  @FieldResolver(() => CouncilMeetingConnection, { description: 'The council’s meetings, newest first.' })
  meetings(
    @Root() council: CohesionCouncilEntity,
    @Ctx() ctx: CohesionCouncilsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<CouncilMeetingEntity>> {
    return ctx.loaders.connections.load('councilMeetings', page, council.id, (ids) => ctx.domain.councils.meetingsOfCouncils(ids, page));
  }

  @FieldResolver(() => ImplementationConnection, { description: 'Recommendations the council has taken on.' })
  implementations(
    @Root() council: CohesionCouncilEntity,
    @Ctx() ctx: CohesionCouncilsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<ImplementationEntity>> {
    return ctx.loaders.connections.load('councilImplementations', page, council.id, (ids) =>
      ctx.domain.implementations.ofCouncils(ids, page),
    );
  }
}
