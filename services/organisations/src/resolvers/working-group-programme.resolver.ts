import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OrganisationsContext } from '../context';
import { ProgrammeEntity } from '../entities/programme.entity';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { Programme } from '../types/programme.type';
import { WorkingGroup } from '../types/working-group.type';

@Resolver(() => WorkingGroup)
export class WorkingGroupProgrammeResolver {
  @FieldResolver(() => Programme, { nullable: true, description: 'The programme the group belongs to.' })
  async programme(@Root() group: WorkingGroupEntity, @Ctx() ctx: OrganisationsContext): Promise<ProgrammeEntity | null> {
    return ctx.domain.gate.programme(ctx, group.programmeId);
  }
}
