import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { CohesionCouncilsContext } from '../../context';
import { ImplementationEntity } from '../../entities/implementation.entity';
import { ImplementationConnection } from '../../types/connections';
import { RecommendationStub } from './recommendation.stub';

@Resolver(() => RecommendationStub)
export class RecommendationImplementationsResolver {
  @FieldResolver(() => ImplementationConnection, {
    // Nullable: if this subgraph is down, the rest of the recommendation still arrives.
    nullable: true,
    description: 'Councils’ commitments to implement this recommendation.',
  })
  implementations(
    @Root() recommendation: RecommendationStub,
    @Ctx() ctx: CohesionCouncilsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<ImplementationEntity>> {
    return ctx.loaders.connections.load('recommendationImplementations', page, recommendation.id, (ids) =>
      ctx.domain.implementations.ofRecommendations(ids, page),
    );
  }
}
