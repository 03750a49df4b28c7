import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import {
  GovernorateReportKey,
  RegionReportKey,
  governorateFiguresKey,
  Theme,
  ThemeTally,
  regionFiguresKey,
  requireReportReader,
  themeTally,
} from '@icssi/platform';
import { ForumSeasonsContext } from '../../context';
import { ForumFigures } from '../../domain/region-report.reader';
import { GovernorateReportStub } from './governorate-report.stub';
import { RegionReportStub } from './region-report.stub';

/** The forum-seasons fields of a report, for one report type (region or governorate). */
function forumReportFields<T extends object>(
  stub: new () => T,
  load: (report: T, ctx: ForumSeasonsContext) => Promise<ForumFigures | null>,
) {
  const figuresOf = async (report: T, ctx: ForumSeasonsContext): Promise<ForumFigures> => {
    requireReportReader(ctx.viewer);
    // The reader answers every key it is given (zeros where nothing was counted).
    return (await load(report, ctx)) as ForumFigures;
  };

  @Resolver(() => stub)
  class ForumReportFields {
    @FieldResolver(() => Int, { description: 'Seasons that began in the period (of the region’s forums; per governorate, held there).' })
    async forumSeasons(@Root() report: T, @Ctx() ctx: ForumSeasonsContext): Promise<number> {
      return (await figuresOf(report, ctx)).seasons;
    }

    @FieldResolver(() => Int, { description: 'Programme items of those seasons.' })
    async forumSessions(@Root() report: T, @Ctx() ctx: ForumSeasonsContext): Promise<number> {
      return (await figuresOf(report, ctx)).sessions;
    }

    @FieldResolver(() => Int, { description: 'Organisations taking part in those seasons (each counted once).' })
    async forumParticipatingOrganisations(@Root() report: T, @Ctx() ctx: ForumSeasonsContext): Promise<number> {
      return (await figuresOf(report, ctx)).participatingOrganisations;
    }

    @FieldResolver(() => [ThemeTally], {
      description: 'Recommendations adopted in the period by those forums’ seasons (per governorate: seasons held there), by theme.',
    })
    async recommendationsAdoptedByTheme(@Root() report: T, @Ctx() ctx: ForumSeasonsContext): Promise<ThemeTally[]> {
      const counts = (await figuresOf(report, ctx)).recommendationsAdoptedByTheme;
      return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([theme, count]) => themeTally(theme as Theme, count));
    }
  }
  return ForumReportFields;
}

export const RegionReportForumSeasonsResolver = forumReportFields(RegionReportStub, (report: RegionReportKey, ctx) =>
  ctx.loaders.regionFigures.load(regionFiguresKey(report)),
);
export const GovernorateReportForumSeasonsResolver = forumReportFields(GovernorateReportStub, (report: GovernorateReportKey, ctx) =>
  ctx.loaders.governorateFigures.load(governorateFiguresKey(report)),
);
