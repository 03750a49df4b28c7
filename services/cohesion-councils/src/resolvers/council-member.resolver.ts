import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LockdownSubject, isNetwork } from '@icssi/platform';
import { CohesionCouncilsContext } from '../context';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { CouncilMemberEntity } from '../entities/council-member.entity';
import { OrganisationStub, visibleOrganisationStub } from '../federation/organisation/organisation.stub';
import { PersonStub, personStub } from '../federation/person/person.stub';
import { CohesionCouncil } from '../types/cohesion-council.type';
import { CouncilMember } from '../types/council-member.type';

@Resolver(() => CouncilMember)
export class CouncilMemberResolver {
  @FieldResolver(() => CohesionCouncil, { nullable: true, description: 'The council of this seat.' })
  council(@Root() member: CouncilMemberEntity, @Ctx() ctx: CohesionCouncilsContext): Promise<CohesionCouncilEntity | null> {
    return ctx.loaders.councilById.load(member.councilId);
  }

  @FieldResolver(() => PersonStub, {
    nullable: true,
    description: 'Who holds the seat: members of the network only (null for the public), and never a locked-down person.',
  })
  person(@Root() member: CouncilMemberEntity, @Ctx() ctx: CohesionCouncilsContext): PersonStub | null {
    const id = member.personId;
    if (!id || !isNetwork(ctx.viewer) || !ctx.lockdown.visibleTo(ctx.viewer, LockdownSubject.PERSON, id)) return null;
    return personStub(id);
  }

  @FieldResolver(() => OrganisationStub, { nullable: true, description: 'The organisation the seat belongs to, if it is one of the network.' })
  organisation(@Root() member: CouncilMemberEntity, @Ctx() ctx: CohesionCouncilsContext): OrganisationStub | null {
    return visibleOrganisationStub(member.organisationId, ctx);
  }
}
