import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  PeopleCount,
  RegionReportKey,
  Tally,
  Theme,
  ThemeTally,
  peopleBreakdown,
  peopleCount,
  regionFiguresKey,
  requireReportReader,
  themeTally,
} from '@icssi/platform';
import { CampaignsContext } from '../../context';
import { CampaignFigures } from '../../domain/region-report.reader';
import { RegionReportStub } from './region-report.stub';

const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => a.localeCompare(b));

/** A part of a total, published only when neither it nor the rest of the total is a small count. */
const partOf = (part: number, total: number): PeopleCount => ({ ...peopleBreakdown([{ key: 'PART', value: part }, { key: 'REST', value: total - part }])[0], key: null });

@Resolver(() => RegionReportStub)
export class RegionReportCampaignsResolver {
  @FieldResolver(() => [ThemeTally], { description: 'Campaigns running in the region during the period, by theme (a campaign counts once per theme).' })
  async campaignsByTheme(@Root() report: RegionReportKey, @Ctx() ctx: CampaignsContext): Promise<ThemeTally[]> {
    return sorted((await this.figures(report, ctx)).campaignsByTheme).map(([theme, count]) => themeTally(theme as Theme, count));
  }

  @FieldResolver(() => [Tally], { description: 'Campaigns running in the region during the period, by status.' })
  async campaignsByStatus(@Root() report: RegionReportKey, @Ctx() ctx: CampaignsContext): Promise<Tally[]> {
    return sorted((await this.figures(report, ctx)).campaignsByStatus).map(([key, count]) => ({ key, count }));
  }

  @FieldResolver(() => [Tally], { description: 'Campaign actions in the period, by type.' })
  async actionsByType(@Root() report: RegionReportKey, @Ctx() ctx: CampaignsContext): Promise<Tally[]> {
    return sorted((await this.figures(report, ctx)).actionsByType).map(([key, count]) => ({ key, count }));
  }

  @FieldResolver(() => PeopleCount, { description: 'People taking part in the period’s actions (small counts suppressed).' })
  async participants(@Root() report: RegionReportKey, @Ctx() ctx: CampaignsContext): Promise<PeopleCount> {
    return peopleCount((await this.figures(report, ctx)).participants);
  }

  @FieldResolver(() => PeopleCount, { description: 'Women among them; hidden when it, or the rest of the total, is a small count.' })
  async participantsWomen(@Root() report: RegionReportKey, @Ctx() ctx: CampaignsContext): Promise<PeopleCount> {
    const figures = await this.figures(report, ctx);
    return partOf(figures.participantsWomen, figures.participants);
  }

  @FieldResolver(() => PeopleCount, { description: 'Young people among them; hidden when it, or the rest of the total, is a small count.' })
  async participantsYouth(@Root() report: RegionReportKey, @Ctx() ctx: CampaignsContext): Promise<PeopleCount> {
    const figures = await this.figures(report, ctx);
    return partOf(figures.participantsYouth, figures.participants);
  }

  private async figures(report: RegionReportKey, ctx: CampaignsContext): Promise<CampaignFigures> {
    requireReportReader(ctx.viewer);
    // The reader answers every key it is given (zeros where nothing was counted).
    return (await ctx.loaders.regionFigures.load(regionFiguresKey(report))) as CampaignFigures;
  }
}
