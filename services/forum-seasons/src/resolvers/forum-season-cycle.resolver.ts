import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ForumSeasonsContext } from '../context';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumSeasonCycle } from '../types/forum-season-cycle.type';
import { ForumSeason } from '../types/forum-season.type';

@Resolver(() => ForumSeason)
export class ForumSeasonCycleResolver {
  @FieldResolver(() => ForumSeasonCycle, {
    nullable: true,
    description: 'The season’s whole cycle, as reports count it; null while the season has no dates.',
  })
  reportCycle(@Root() season: ForumSeasonEntity, @Ctx() ctx: ForumSeasonsContext): Promise<ForumSeasonCycle | null> {
    return ctx.loaders.seasonCycle.load(season.id);
  }
}
