import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Region, ReportPeriodInput, governoratesOf, noGovernorateArea, requireReportReader } from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { GovernorateEntity } from '../entities/governorate.entity';
import { governorateReport } from '../federation/governorate-report.reference';
import { Governorate } from '../types/governorate.type';
import { GovernorateReport } from '../types/governorate-report.type';

@Resolver(() => GovernorateReport)
export class GovernorateReportResolver {
  @Query(() => [GovernorateReport], {
    description:
      'Every governorate of a region side by side, for one period, then the region’s records located in none of its governorates (`NONE-<REGION>`): together they make up the region report.',
  })
  async governorateReports(
    @Ctx() ctx: OrganisationsContext,
    @Arg('period', () => ReportPeriodInput, {
      description: 'A year, a quarter, a month, a forum season, or a date range (no counts of people).',
    })
    input: ReportPeriodInput,
    @Arg('region', () => Region, { description: 'Whose governorates.' }) region: Region,
  ): Promise<GovernorateReport[]> {
    requireReportReader(ctx.viewer);
    const period = await ctx.domain.reportPeriods.resolve(input);
    return [...governoratesOf(region), noGovernorateArea(region)].map((code) => governorateReport(code, period));
  }

  @FieldResolver(() => Governorate, { nullable: true, description: 'The governorate; null for the area of records located in none.' })
  async governorate(@Root() report: GovernorateReport, @Ctx() ctx: OrganisationsContext): Promise<GovernorateEntity | null> {
    return ctx.loaders.governorateByCode.load(report.governorateCode);
  }
}
