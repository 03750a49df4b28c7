import { FieldResolver, Resolver, Root } from 'type-graphql';
import { CohesionCouncilEntity } from '../../entities/cohesion-council.entity';
import { CohesionCouncil } from '../../types/cohesion-council.type';
import { ProgrammeStub, programmeStub } from './programme.stub';

@Resolver(() => CohesionCouncil)
export class CohesionCouncilProgrammeResolver {
  @FieldResolver(() => ProgrammeStub, { nullable: true, description: 'The programme the council belongs to.' })
  programme(@Root() council: CohesionCouncilEntity): ProgrammeStub | null {
    return council.programmeId ? programmeStub(council.programmeId) : null;
  }
}
