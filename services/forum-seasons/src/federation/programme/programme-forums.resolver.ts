import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ForumSeasonsContext } from '../../context';
import { ForumEntity } from '../../entities/forum.entity';
import { Forum } from '../../types/forum.type';
import { ProgrammeStub } from './programme.stub';

@Resolver(() => ProgrammeStub)
export class ProgrammeForumsResolver {
  @FieldResolver(() => [Forum], {
    // Nullable: if this subgraph is down, the rest of the programme still arrives.
    nullable: true,
    description: 'The social forums of the programme (archived ones excluded).',
  })
  forums(@Root() programme: ProgrammeStub, @Ctx() ctx: ForumSeasonsContext): Promise<ForumEntity[]> {
    return ctx.loaders.forumsByProgramme.load(programme.id);
  }
}
