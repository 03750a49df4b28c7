import { Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { PeopleCount, RegionReportKey, Tally, peopleBreakdown, peopleCount, regionFiguresKey, requireReportReader } from '@icssi/platform';
import { CohesionCouncilsContext } from '../../context';
import { CouncilFigures } from '../../domain/region-report.reader';
import { CouncilSector } from '../../types/council-sector.enum';
import { RegionReportStub } from './region-report.stub';

const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ key, count }));

@Resolver(() => RegionReportStub)
export class RegionReportCouncilsResolver {
  @FieldResolver(() => [Tally], { description: 'Cohesion councils of the region established by the end of the period, by status.' })
  async councilsByStatus(@Root() report: RegionReportKey, @Ctx() ctx: CohesionCouncilsContext): Promise<Tally[]> {
    return sorted((await this.figures(report, ctx)).councilsByStatus);
  }

  @FieldResolver(() => PeopleCount, { description: 'Council seats held at some time in the period (small counts suppressed).' })
  async councilMembers(@Root() report: RegionReportKey, @Ctx() ctx: CohesionCouncilsContext): Promise<PeopleCount> {
    return peopleCount((await this.figures(report, ctx)).councilMembers);
  }

  @FieldResolver(() => [PeopleCount], { description: 'Those seats by sector; small counts suppressed, with a second cell where one alone would be.' })
  async councilMembersBySector(@Root() report: RegionReportKey, @Ctx() ctx: CohesionCouncilsContext): Promise<PeopleCount[]> {
    const counts = (await this.figures(report, ctx)).councilMembersBySector;
    return peopleBreakdown(Object.values(CouncilSector).map((key) => ({ key, value: counts.get(key) ?? 0 })));
  }

  @FieldResolver(() => [Tally], { description: 'Implementations committed by the end of the period, by their status on that day.' })
  async implementationsByStatus(@Root() report: RegionReportKey, @Ctx() ctx: CohesionCouncilsContext): Promise<Tally[]> {
    return sorted((await this.figures(report, ctx)).implementationsByStatus);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Average progress (0–100) of those implementations on the last day of the period; null when there are none.' })
  async averageProgress(@Root() report: RegionReportKey, @Ctx() ctx: CohesionCouncilsContext): Promise<number | null> {
    return (await this.figures(report, ctx)).averageProgress;
  }

  @FieldResolver(() => Int, { description: 'Forum recommendations implemented by the region’s councils by the end of the period.' })
  async recommendationsImplemented(@Root() report: RegionReportKey, @Ctx() ctx: CohesionCouncilsContext): Promise<number> {
    return (await this.figures(report, ctx)).recommendationsImplemented;
  }

  private async figures(report: RegionReportKey, ctx: CohesionCouncilsContext): Promise<CouncilFigures> {
    requireReportReader(ctx.viewer);
    // The reader answers every key it is given (zeros where nothing was counted).
    return (await ctx.loaders.regionFigures.load(regionFiguresKey(report))) as CouncilFigures;
  }
}
