import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CohesionCouncilsContext } from '../context';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { CouncilMemberEntity } from '../entities/council-member.entity';
import { OrganisationStub } from '../federation/organisation/organisation.stub';
import { PersonStub } from '../federation/person/person.stub';
import { CohesionCouncil } from '../types/cohesion-council.type';
import { CouncilMember } from '../types/council-member.type';

@Resolver(() => CouncilMember)
export class CouncilMemberResolver {
  @FieldResolver(() => CohesionCouncil, { nullable: true, description: 'The council of this seat.' })
  council(@Root() member: CouncilMemberEntity, @Ctx() ctx: CohesionCouncilsContext): Promise<CohesionCouncilEntity | null> {
    return ctx.domain.gate.council(ctx, member.councilId);
  }

  @FieldResolver(() => PersonStub, {
    nullable: true,
    description: 'Who holds the seat: members of the network only (null for the public), and never a locked-down person.',
  })
  person(@Root() member: CouncilMemberEntity, @Ctx() ctx: CohesionCouncilsContext): PersonStub | null {
    return ctx.domain.gate.seatHolder(ctx, member);
  }

  @FieldResolver(() => OrganisationStub, {
    nullable: true,
    description: 'The organisation the seat belongs to, if it is one of the network.',
  })
  organisation(@Root() member: CouncilMemberEntity, @Ctx() ctx: CohesionCouncilsContext): OrganisationStub | null {
    return ctx.domain.gate.organisation(ctx, member.organisationId);
  }
}
