import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ForumSeasonsContext } from '../context';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumSessionEntity } from '../entities/forum-session.entity';
import { OrganisationStub } from '../federation/organisation/organisation.stub';
import { ForumSeason } from '../types/forum-season.type';
import { ForumSession } from '../types/forum-session.type';

@Resolver(() => ForumSession)
export class ForumSessionResolver {
  @Query(() => ForumSession, { nullable: true, description: 'One forum session by id, or null.' })
  async forumSession(
    @Ctx() ctx: ForumSeasonsContext,
    @Arg('id', () => ID, { description: 'The session id.' }) id: string,
  ): Promise<ForumSessionEntity | null> {
    return ctx.domain.gate.session(ctx, id);
  }

  @FieldResolver(() => ForumSeason, { nullable: true, description: 'The season whose programme this is.' })
  async season(@Root() session: ForumSessionEntity, @Ctx() ctx: ForumSeasonsContext): Promise<ForumSeasonEntity | null> {
    return ctx.domain.gate.season(ctx, session.seasonId);
  }

  @FieldResolver(() => [OrganisationStub], { description: 'Organisations running the session.' })
  async organisers(@Root() session: ForumSessionEntity, @Ctx() ctx: ForumSeasonsContext): Promise<OrganisationStub[]> {
    return ctx.domain.gate.organisersOf(ctx, session);
  }
}
