import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CohesionCouncilsContext } from '../../context';
import { ImplementationEntity } from '../../entities/implementation.entity';
import { Implementation } from '../../types/implementation.type';
import { RecommendationStub } from './recommendation.stub';

@Resolver(() => RecommendationStub)
export class RecommendationImplementationsResolver {
  @FieldResolver(() => [Implementation], {
    // Nullable: if this subgraph is down, the rest of the parent entity still arrives.
    nullable: true,
    description: 'Councils’ commitments to implement this recommendation.',
  })
  implementations(@Root() recommendation: RecommendationStub, @Ctx() ctx: CohesionCouncilsContext): Promise<ImplementationEntity[]> {
    return ctx.loaders.implementationsByRecommendation.load(recommendation.id);
  }
}
