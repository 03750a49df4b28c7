import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { RegionReportKey, Theme, ThemeTally, regionFiguresKey, requireReportReader, themeTally } from '@icssi/platform';
import { ForumSeasonsContext } from '../../context';
import { ForumFigures } from '../../domain/region-report.reader';
import { RegionReportStub } from './region-report.stub';

@Resolver(() => RegionReportStub)
export class RegionReportForumSeasonsResolver {
  @FieldResolver(() => Int, { description: 'Seasons of the region’s forums that began in the period.' })
  async forumSeasons(@Root() report: RegionReportKey, @Ctx() ctx: ForumSeasonsContext): Promise<number> {
    return (await this.figures(report, ctx)).seasons;
  }

  @FieldResolver(() => Int, { description: 'Programme items of those seasons.' })
  async forumSessions(@Root() report: RegionReportKey, @Ctx() ctx: ForumSeasonsContext): Promise<number> {
    return (await this.figures(report, ctx)).sessions;
  }

  @FieldResolver(() => Int, { description: 'Organisations taking part in those seasons (each counted once).' })
  async forumParticipatingOrganisations(@Root() report: RegionReportKey, @Ctx() ctx: ForumSeasonsContext): Promise<number> {
    return (await this.figures(report, ctx)).participatingOrganisations;
  }

  @FieldResolver(() => [ThemeTally], { description: 'Recommendations adopted in the period by the region’s forums, by theme.' })
  async recommendationsAdoptedByTheme(@Root() report: RegionReportKey, @Ctx() ctx: ForumSeasonsContext): Promise<ThemeTally[]> {
    const counts = (await this.figures(report, ctx)).recommendationsAdoptedByTheme;
    return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([theme, count]) => themeTally(theme as Theme, count));
  }

  private async figures(report: RegionReportKey, ctx: ForumSeasonsContext): Promise<ForumFigures> {
    requireReportReader(ctx.viewer);
    // The reader answers every key it is given (zeros where nothing was counted).
    return (await ctx.loaders.regionFigures.load(regionFiguresKey(report))) as ForumFigures;
  }
}
