import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CohesionCouncilsContext } from '../../context';
import { CohesionCouncilEntity } from '../../entities/cohesion-council.entity';
import { CohesionCouncil } from '../../types/cohesion-council.type';
import { OrganisationStub } from './organisation.stub';

@Resolver(() => OrganisationStub)
export class OrganisationCouncilsResolver {
  @FieldResolver(() => [CohesionCouncil], {
    // Nullable: if this subgraph is down, the rest of the organisation still arrives.
    nullable: true,
    description: 'Cohesion councils this organisation coordinates.',
  })
  coordinatedCouncils(@Root() organisation: OrganisationStub, @Ctx() ctx: CohesionCouncilsContext): Promise<CohesionCouncilEntity[]> {
    return ctx.loaders.councilsByCoordinator.load(organisation.id);
  }
}
