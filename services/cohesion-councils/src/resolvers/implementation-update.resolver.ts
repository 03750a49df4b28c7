import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CohesionCouncilsContext } from '../context';
import { ImplementationUpdateEntity } from '../entities/implementation-update.entity';
import { ImplementationEntity } from '../entities/implementation.entity';
import { ImplementationUpdate } from '../types/implementation-update.type';
import { Implementation } from '../types/implementation.type';

@Resolver(() => ImplementationUpdate)
export class ImplementationUpdateResolver {
  @FieldResolver(() => Implementation, { nullable: true, description: 'The implementation this step belongs to.' })
  async implementation(
    @Root() update: ImplementationUpdateEntity,
    @Ctx() ctx: CohesionCouncilsContext,
  ): Promise<ImplementationEntity | null> {
    return ctx.domain.gate.implementation(ctx, update.implementationId);
  }
}
