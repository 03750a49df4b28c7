import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import {
  DateScalar,
  Region,
  ReportGranularity,
  ReportPeriodInput,
  periodSeries,
  regionFiguresKey,
  requireReportReader,
} from '@icssi/platform';
import { OrganisationFigures } from '../domain/region-report.reader';
import { OrganisationsContext } from '../context';
import { regionReport } from '../federation/region-report.reference';
import { RegionReport } from '../types/region-report.type';

const REGIONS = [Region.FEDERAL_IRAQ, Region.KURDISTAN_REGION, Region.INTERNATIONAL];

// Records only: whether international has members would be a count of people outside the protection.
const hasData = (figures: OrganisationFigures | Error | null): boolean =>
  figures != null && !(figures instanceof Error) && (figures.organisationsByKind.size > 0 || figures.workingGroupsByTheme.size > 0);

@Resolver(() => RegionReport)
export class RegionReportResolver {
  @Query(() => [RegionReport], {
    description:
      'Federal Iraq, the Kurdistan Region and (where it has organisations or working groups) international, side by side, for one period.',
  })
  async regionReports(
    @Ctx() ctx: OrganisationsContext,
    @Arg('period', () => ReportPeriodInput, {
      description: 'A year, a quarter, a month, a forum season, or a date range (no counts of people).',
    })
    input: ReportPeriodInput,
  ): Promise<RegionReport[]> {
    requireReportReader(ctx.viewer);
    const period = await ctx.domain.reportPeriods.resolve(input);
    const reports = REGIONS.map((region) => regionReport(region, period));
    // International appears where it has data. Loading the figures here is the same (cached) statement the fields use.
    const figures = await ctx.loaders.regionFigures.loadMany(reports.map(regionFiguresKey));
    return reports.filter((report, index) => report.region !== Region.INTERNATIONAL || hasData(figures[index]));
  }

  @Query(() => [RegionReport], {
    description: 'The same reports over consecutive years, quarters or months (for a chart): every region for each period, oldest first.',
  })
  regionReportSeries(
    @Ctx() ctx: OrganisationsContext,
    @Arg('from', () => DateScalar, { description: 'A day in the first period.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'A day in the last period.' }) to: string,
    @Arg('granularity', () => ReportGranularity, { description: 'Years, quarters or months.' }) granularity: ReportGranularity,
  ): RegionReport[] {
    requireReportReader(ctx.viewer);
    return periodSeries(from, to, granularity).flatMap((period) => REGIONS.map((region) => regionReport(region, period)));
  }
}
