import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { ForumSeasonsContext } from '../context';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumEntity } from '../entities/forum.entity';
import { GovernorateStub, governorateStub } from '../federation/governorate/governorate.stub';
import { OrganisationStub } from '../federation/organisation/organisation.stub';
import { ForumConnection } from '../types/connections';
import { ForumFilter } from '../types/forum-filter.input';
import { ForumSeason } from '../types/forum-season.type';
import { Forum } from '../types/forum.type';

@Resolver(() => Forum)
export class ForumResolver {
  @Query(() => ForumConnection, { description: 'The social forums (Iraqi Social Forum, Kurdistan Social Forum), oldest first.' })
  forums(
    @Ctx() ctx: ForumSeasonsContext,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ForumFilter, { nullable: true, description: 'Conditions the forums must meet.' }) filter?: ForumFilter | null,
  ): Promise<Page<ForumEntity>> {
    return ctx.domain.forums.list(filter, page);
  }

  @Query(() => Forum, { nullable: true, description: 'One forum by id, or null.' })
  async forum(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('id', () => ID, { description: 'The forum id.' }) id: string,
  ): Promise<ForumEntity | null> {
    return ctx.domain.gate.forum(ctx, id);
  }

  @Query(() => Forum, { nullable: true, description: 'One forum by slug, or null.' })
  forumBySlug(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('slug', () => String, { description: 'The forum slug.' }) slug: string,
  ): Promise<ForumEntity | null> {
    return ctx.domain.forums.bySlug(slug, ctx.viewer);
  }

  @FieldResolver(() => GovernorateStub, { description: 'The governorate where the forum is based.' })
  hostGovernorate(@Root() forum: ForumEntity): GovernorateStub {
    return governorateStub(forum.hostGovernorateCode);
  }

  @FieldResolver(() => OrganisationStub, { nullable: true, description: 'The organisation acting as the forum’s secretariat.' })
  secretariat(@Root() forum: ForumEntity, @Ctx() ctx: ForumSeasonsContext): OrganisationStub | null {
    return ctx.domain.gate.organisation(ctx, forum.secretariatOrganisationId);
  }

  @FieldResolver(() => [ForumSeason], { description: 'The forum’s seasons, first to last (a forum holds one a year at most).' })
  seasons(@Root() forum: ForumEntity, @Ctx() ctx: ForumSeasonsContext): Promise<ForumSeasonEntity[]> {
    return ctx.loaders.seasonsByForum.load(forum.id);
  }
}
