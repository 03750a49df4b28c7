import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  DateScalar,
  PeopleCount,
  Region,
  ReportGranularity,
  ReportPeriodInput,
  Tally,
  Theme,
  ThemeTally,
  peopleBreakdown,
  peopleCount,
  regionFiguresKey,
  periodSeries,
  requireReportReader,
  themeTally,
} from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { OrganisationFigures } from '../domain/region-report.reader';
import { RegionReport } from '../types/region-report.type';

const REGIONS = [Region.FEDERAL_IRAQ, Region.KURDISTAN_REGION, Region.INTERNATIONAL];
const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => a.localeCompare(b));

@Resolver(() => RegionReport)
export class RegionReportResolver {
  @Query(() => [RegionReport], { description: 'Federal Iraq, the Kurdistan Region and international, side by side, for one period.' })
  async regionReports(
    @Ctx() ctx: OrganisationsContext,
    @Arg('period', () => ReportPeriodInput, { description: 'A year, a quarter, a date range or a forum season.' }) input: ReportPeriodInput,
  ): Promise<RegionReport[]> {
    requireReportReader(ctx.viewer);
    const period = await ctx.domain.reportPeriods.resolve(input);
    return REGIONS.map((region) => ({ region, period: period.key, from: period.from, to: period.to }));
  }

  @Query(() => [RegionReport], { description: 'The same reports over consecutive years or quarters (for a chart): every region for each period, oldest first.' })
  regionReportSeries(
    @Ctx() ctx: OrganisationsContext,
    @Arg('from', () => DateScalar, { description: 'A day in the first period.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'A day in the last period.' }) to: string,
    @Arg('granularity', () => ReportGranularity, { description: 'Years or quarters.' }) granularity: ReportGranularity,
  ): RegionReport[] {
    requireReportReader(ctx.viewer);
    return periodSeries(from, to, granularity).flatMap((period) => REGIONS.map((region) => ({ region, period: period.key, from: period.from, to: period.to })));
  }

  @FieldResolver(() => [Tally], { description: 'Organisations based in the region (not archived), by kind.' })
  async organisationsByKind(@Root() report: RegionReport, @Ctx() ctx: OrganisationsContext): Promise<Tally[]> {
    return sorted((await this.figures(report, ctx)).organisationsByKind).map(([key, count]) => ({ key, count }));
  }

  @FieldResolver(() => [ThemeTally], { description: 'Youth working groups of the region, by theme (a group counts once per theme).' })
  async workingGroupsByTheme(@Root() report: RegionReport, @Ctx() ctx: OrganisationsContext): Promise<ThemeTally[]> {
    return sorted((await this.figures(report, ctx)).workingGroupsByTheme).map(([theme, count]) => themeTally(theme as Theme, count));
  }

  @FieldResolver(() => PeopleCount, { description: 'People with a membership in the region during the period (small counts suppressed).' })
  async activeMembers(@Root() report: RegionReport, @Ctx() ctx: OrganisationsContext): Promise<PeopleCount> {
    return peopleCount((await this.figures(report, ctx)).members);
  }

  @FieldResolver(() => [PeopleCount], { description: 'Active members by gender (FEMALE, MALE, UNKNOWN); small counts suppressed.' })
  async activeMembersByGender(@Root() report: RegionReport, @Ctx() ctx: OrganisationsContext): Promise<PeopleCount[]> {
    return this.breakdown((await this.figures(report, ctx)).membersByGender, ['FEMALE', 'MALE', 'UNKNOWN']);
  }

  @FieldResolver(() => [PeopleCount], { description: 'Active members by age: YOUTH (15–29 at the end of the period), OTHER, UNKNOWN; small counts suppressed.' })
  async activeMembersByAge(@Root() report: RegionReport, @Ctx() ctx: OrganisationsContext): Promise<PeopleCount[]> {
    return this.breakdown((await this.figures(report, ctx)).membersByAge, ['YOUTH', 'OTHER', 'UNKNOWN']);
  }

  private breakdown(counts: Map<string, number>, keys: string[]): PeopleCount[] {
    return peopleBreakdown(keys.map((key) => ({ key, value: counts.get(key) ?? 0 })));
  }

  private async figures(report: RegionReport, ctx: OrganisationsContext): Promise<OrganisationFigures> {
    requireReportReader(ctx.viewer);
    // The reader answers every key it is given (zeros where nothing was counted).
    return (await ctx.loaders.regionFigures.load(regionFiguresKey(report))) as OrganisationFigures;
  }
}
