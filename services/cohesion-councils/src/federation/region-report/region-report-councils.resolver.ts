import { Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import {
  GovernorateReportKey,
  PeopleCount,
  RegionReportKey,
  Tally,
  governorateFiguresKey,
  regionFiguresKey,
  reportPeopleBreakdown,
  reportPeopleCount,
  requireReportReader,
} from '@icssi/platform';
import { CohesionCouncilsContext } from '../../context';
import { CouncilFigures } from '../../domain/region-report.reader';
import { CouncilSector } from '../../types/council-sector.enum';
import { GovernorateReportStub } from './governorate-report.stub';
import { RegionReportStub } from './region-report.stub';

const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ key, count }));

/** The cohesion-councils fields of a report, for one report type (region or governorate). */
function councilReportFields<T extends { period: string }>(
  stub: new () => T,
  load: (report: T, ctx: CohesionCouncilsContext) => Promise<CouncilFigures | null>,
) {
  const figuresOf = async (report: T, ctx: CohesionCouncilsContext): Promise<CouncilFigures> => {
    requireReportReader(ctx.viewer);
    // The reader answers every key it is given (zeros where nothing was counted).
    return (await load(report, ctx)) as CouncilFigures;
  };

  @Resolver(() => stub)
  class CouncilReportFields {
    @FieldResolver(() => [Tally], { description: 'Cohesion councils of the area established by the end of the period, by status.' })
    async councilsByStatus(@Root() report: T, @Ctx() ctx: CohesionCouncilsContext): Promise<Tally[]> {
      return sorted((await figuresOf(report, ctx)).councilsByStatus);
    }

    @FieldResolver(() => PeopleCount, {
      nullable: true,
      description: 'Council seats held at some time in the period (protected; not for a range of days).',
    })
    async councilMembers(@Root() report: T, @Ctx() ctx: CohesionCouncilsContext): Promise<PeopleCount> {
      return reportPeopleCount(report.period, (await figuresOf(report, ctx)).councilMembers);
    }

    @FieldResolver(() => [PeopleCount], { nullable: true, description: 'Those seats by sector, one protected cell for every sector.' })
    async councilMembersBySector(@Root() report: T, @Ctx() ctx: CohesionCouncilsContext): Promise<PeopleCount[]> {
      return reportPeopleBreakdown(report.period, (await figuresOf(report, ctx)).councilMembersBySector, Object.values(CouncilSector));
    }

    @FieldResolver(() => [Tally], { description: 'Implementations committed by the end of the period, by their status on that day.' })
    async implementationsByStatus(@Root() report: T, @Ctx() ctx: CohesionCouncilsContext): Promise<Tally[]> {
      return sorted((await figuresOf(report, ctx)).implementationsByStatus);
    }

    @FieldResolver(() => Float, {
      nullable: true,
      description: 'Average progress (0–100) of those implementations on the last day of the period; null when there are none.',
    })
    async averageProgress(@Root() report: T, @Ctx() ctx: CohesionCouncilsContext): Promise<number | null> {
      return (await figuresOf(report, ctx)).averageProgress;
    }

    @FieldResolver(() => Int, { description: 'Forum recommendations implemented by the area’s councils by the end of the period.' })
    async recommendationsImplemented(@Root() report: T, @Ctx() ctx: CohesionCouncilsContext): Promise<number> {
      return (await figuresOf(report, ctx)).recommendationsImplemented;
    }
  }
  return CouncilReportFields;
}

export const RegionReportCouncilsResolver = councilReportFields(RegionReportStub, (report: RegionReportKey, ctx) =>
  ctx.loaders.regionFigures.load(regionFiguresKey(report)),
);
export const GovernorateReportCouncilsResolver = councilReportFields(GovernorateReportStub, (report: GovernorateReportKey, ctx) =>
  ctx.loaders.governorateFigures.load(governorateFiguresKey(report)),
);
