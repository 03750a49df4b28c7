import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Region, ReportPeriodInput, requireReportReader } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { GovernorateEntity } from '../entities/governorate.entity';
import { Governorate } from '../types/governorate.type';
import { GovernorateReport } from '../types/governorate-report.type';

@Resolver(() => GovernorateReport)
export class GovernorateReportResolver {
  @Query(() => [GovernorateReport], { description: 'Every governorate of a region side by side, for one period, with the same figures as the region reports.' })
  async governorateReports(
    @Ctx() ctx: OrganisationsContext,
    @Arg('period', () => ReportPeriodInput, { description: 'A year, a quarter, a date range or a forum season.' }) input: ReportPeriodInput,
    @Arg('region', () => Region, { description: 'Whose governorates.' }) region: Region,
  ): Promise<GovernorateReport[]> {
    requireReportReader(ctx.viewer);
    const period = await ctx.domain.reportPeriods.resolve(input);
    const governorates = await ctx.domain.governorates.codesOf(region);
    return governorates.map((governorateCode) => ({ governorateCode, period: period.key, from: period.from, to: period.to }));
  }

  @FieldResolver(() => Governorate, { description: 'The governorate.' })
  async governorate(@Root() report: GovernorateReport, @Ctx() ctx: OrganisationsContext): Promise<GovernorateEntity | null> {
    return ctx.loaders.governorateByCode.load(report.governorateCode);
  }
}
