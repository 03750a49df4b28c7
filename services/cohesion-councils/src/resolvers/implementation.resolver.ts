import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { localize } from '@icssi/platform';
import { CohesionCouncilsContext } from '../context';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { ImplementationEntity } from '../entities/implementation.entity';
import { RecommendationStub, recommendationStub } from '../federation/recommendation/recommendation.stub';
import { CohesionCouncil } from '../types/cohesion-council.type';
import { ImplementationStatus } from '../types/implementation-status.enum';
import { Implementation } from '../types/implementation.type';
import { Indicator } from '../types/indicator.type';

const toNumber = (value: string | null): number | null => (value === null ? null : Number(value));

@Resolver(() => Implementation)
export class ImplementationResolver {
  @Query(() => [Implementation], { description: 'Implementations of forum recommendations by councils.' })
  implementations(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('status', () => ImplementationStatus, { nullable: true, description: 'Only implementations in this state.' })
    status?: ImplementationStatus | null,
  ): Promise<ImplementationEntity[]> {
    return ctx.domain.councils.implementations({ status });
  }

  @Query(() => Implementation, { nullable: true, description: 'One implementation by id, or null.' })
  implementation(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('id', () => ID, { description: 'The implementation id.' }) id: string,
  ): Promise<ImplementationEntity | null> {
    return ctx.loaders.implementationById.load(id);
  }

  @FieldResolver(() => CohesionCouncil, { nullable: true, description: 'The council that took it on.' })
  council(@Root() implementation: ImplementationEntity, @Ctx() ctx: CohesionCouncilsContext): Promise<CohesionCouncilEntity | null> {
    return ctx.loaders.councilById.load(implementation.councilId);
  }

  @FieldResolver(() => RecommendationStub, { nullable: true, description: 'The forum recommendation being implemented.' })
  recommendation(@Root() implementation: ImplementationEntity): RecommendationStub {
    return recommendationStub(implementation.recommendationId);
  }

  @FieldResolver(() => Indicator, { nullable: true, description: 'How progress is measured.' })
  indicator(@Root() implementation: ImplementationEntity, @Ctx() ctx: CohesionCouncilsContext): Indicator | null {
    if (!implementation.indicatorName && implementation.indicatorTarget === null) return null;
    return {
      name: localize(implementation.indicatorName, ctx.locale),
      baseline: toNumber(implementation.indicatorBaseline),
      target: toNumber(implementation.indicatorTarget),
      actual: toNumber(implementation.indicatorActual),
    };
  }
}
