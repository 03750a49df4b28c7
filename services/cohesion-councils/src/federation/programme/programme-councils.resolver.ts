import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CohesionCouncilsContext } from '../../context';
import { CohesionCouncilEntity } from '../../entities/cohesion-council.entity';
import { CohesionCouncil } from '../../types/cohesion-council.type';
import { ProgrammeStub } from './programme.stub';

@Resolver(() => ProgrammeStub)
export class ProgrammeCouncilsResolver {
  @FieldResolver(() => [CohesionCouncil], {
    // Nullable: if this subgraph is down, the rest of the programme still arrives.
    nullable: true,
    description: 'The social cohesion councils of the programme (archived ones excluded), by slug.',
  })
  cohesionCouncils(@Root() programme: ProgrammeStub, @Ctx() ctx: CohesionCouncilsContext): Promise<CohesionCouncilEntity[]> {
    return ctx.loaders.councilsByProgramme.load(programme.id);
  }
}
