import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ForumSeasonsContext } from '../../context';
import { ForumSeasonEntity } from '../../entities/forum-season.entity';
import { ForumSeason } from '../../types/forum-season.type';
import { OrganisationStub } from './organisation.stub';

@Resolver(() => OrganisationStub)
export class OrganisationForumSeasonsResolver {
  @FieldResolver(() => [ForumSeason], {
    // Nullable: if this subgraph is down, the rest of the parent entity still arrives.
    nullable: true,
    description: 'Forum seasons this organisation took part in, newest first.',
  })
  forumSeasons(@Root() organisation: OrganisationStub, @Ctx() ctx: ForumSeasonsContext): Promise<ForumSeasonEntity[]> {
    return ctx.loaders.seasonsByParticipant.load(organisation.id);
  }
}
