import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CohesionCouncilsContext } from '../../context';
import { CohesionCouncilEntity } from '../../entities/cohesion-council.entity';
import { CohesionCouncil } from '../../types/cohesion-council.type';
import { GovernorateStub } from './governorate.stub';

@Resolver(() => GovernorateStub)
export class GovernorateCouncilsResolver {
  @FieldResolver(() => [CohesionCouncil], {
    // Nullable: if this subgraph is down, the rest of the parent entity still arrives.
    nullable: true,
    description: 'The social cohesion councils in this governorate.',
  })
  cohesionCouncils(@Root() governorate: GovernorateStub, @Ctx() ctx: CohesionCouncilsContext): Promise<CohesionCouncilEntity[]> {
    return ctx.loaders.councilsByGovernorate.load(governorate.code);
  }
}
