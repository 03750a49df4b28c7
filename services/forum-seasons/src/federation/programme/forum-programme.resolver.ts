import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ForumEntity } from '../../entities/forum.entity';
import { Forum } from '../../types/forum.type';
import { ProgrammeStub, programmeStub } from './programme.stub';

@Resolver(() => Forum)
export class ForumProgrammeResolver {
  @FieldResolver(() => ProgrammeStub, { nullable: true, description: 'The programme the forum belongs to.' })
  programme(@Root() forum: ForumEntity): ProgrammeStub | null {
    return forum.programmeId ? programmeStub(forum.programmeId) : null;
  }
}
