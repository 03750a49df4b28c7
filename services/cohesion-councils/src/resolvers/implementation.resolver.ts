import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { CohesionCouncilsContext } from '../context';
import { CohesionCouncilEntity } from '../entities/cohesion-council.entity';
import { ImplementationUpdateEntity } from '../entities/implementation-update.entity';
import { ImplementationEntity } from '../entities/implementation.entity';
import { RecommendationStub, recommendationStub } from '../federation/recommendation/recommendation.stub';
import { CohesionCouncil } from '../types/cohesion-council.type';
import { ImplementationConnection, ImplementationUpdateConnection } from '../types/connections';
import { ImplementationFilter } from '../types/implementation-filter.input';
import { Implementation } from '../types/implementation.type';
import { Indicator, IndicatorValue } from '../types/indicator.type';

const toNumber = (value: string | null): number | null => (value === null ? null : Number(value));

@Resolver(() => Implementation)
export class ImplementationResolver {
  @Query(() => ImplementationConnection, { description: 'Implementations of forum recommendations by councils.' })
  implementations(
    @Ctx() ctx: CohesionCouncilsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ImplementationFilter, { nullable: true, description: 'Conditions the implementations must meet.' })
    filter?: ImplementationFilter | null,
  ): Promise<Page<ImplementationEntity>> {
    return ctx.domain.implementations.list(filter, page);
  }

  @Query(() => Implementation, { nullable: true, description: 'One implementation by id, or null.' })
  async implementation(
    @Ctx() ctx: CohesionCouncilsContext,
    @Arg('id', () => ID, { description: 'The implementation id.' }) id: string,
  ): Promise<ImplementationEntity | null> {
    return ctx.domain.gate.implementation(ctx, id);
  }

  @FieldResolver(() => CohesionCouncil, { nullable: true, description: 'The council that took it on.' })
  council(@Root() implementation: ImplementationEntity, @Ctx() ctx: CohesionCouncilsContext): Promise<CohesionCouncilEntity | null> {
    return ctx.domain.gate.council(ctx, implementation.councilId);
  }

  @FieldResolver(() => RecommendationStub, { nullable: true, description: 'The forum recommendation being implemented.' })
  recommendation(@Root() implementation: ImplementationEntity): RecommendationStub {
    return recommendationStub(implementation.recommendationId);
  }

  @FieldResolver(() => Indicator, { nullable: true, description: 'How progress is measured.' })
  indicator(@Root() implementation: ImplementationEntity): IndicatorValue | null {
    if (!implementation.indicatorName && implementation.indicatorTarget === null) return null;
    return {
      nameSource: implementation.indicatorName,
      baseline: toNumber(implementation.indicatorBaseline),
      target: toNumber(implementation.indicatorTarget),
      actual: toNumber(implementation.indicatorActual),
    };
  }

  @FieldResolver(() => ImplementationUpdateConnection, { description: 'The timeline of reported progress, oldest first.' })
  updates(
    @Root() implementation: ImplementationEntity,
    @Ctx() ctx: CohesionCouncilsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<ImplementationUpdateEntity>> {
    return ctx.loaders.connections.load('implementationUpdates', page, implementation.id, (ids) =>
      ctx.domain.implementations.timelines(ids, page),
    );
  }
}
