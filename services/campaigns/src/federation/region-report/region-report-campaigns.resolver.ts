import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  GovernorateReportKey,
  PeopleCount,
  RegionReportKey,
  governorateFiguresKey,
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
import { GovernorateReportStub } from './governorate-report.stub';
import { RegionReportStub } from './region-report.stub';

const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => a.localeCompare(b));

/** A part of a total, published only when neither it nor the rest of the total is a small count. */
const partOf = (part: number, total: number): PeopleCount => ({ ...peopleBreakdown([{ key: 'PART', value: part }, { key: 'REST', value: total - part }])[0], key: null });

/** The campaign fields of a report, for one report type (region or governorate). */
function campaignReportFields<T extends object>(stub: new () => T, load: (report: T, ctx: CampaignsContext) => Promise<CampaignFigures | null>) {
  const figuresOf = async (report: T, ctx: CampaignsContext): Promise<CampaignFigures> => {
    requireReportReader(ctx.viewer);
    // The reader answers every key it is given (zeros where nothing was counted).
    return (await load(report, ctx)) as CampaignFigures;
  };

  @Resolver(() => stub)
  class CampaignReportFields {
    @FieldResolver(() => [ThemeTally], { description: 'Campaigns running in the area during the period, by theme (a campaign counts once per theme).' })
    async campaignsByTheme(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<ThemeTally[]> {
      return sorted((await figuresOf(report, ctx)).campaignsByTheme).map(([theme, count]) => themeTally(theme as Theme, count));
    }

    @FieldResolver(() => [Tally], { description: 'Campaigns running in the area during the period, by status.' })
    async campaignsByStatus(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<Tally[]> {
      return sorted((await figuresOf(report, ctx)).campaignsByStatus).map(([key, count]) => ({ key, count }));
    }

    @FieldResolver(() => [Tally], { description: 'Campaign actions in the period, by type.' })
    async actionsByType(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<Tally[]> {
      return sorted((await figuresOf(report, ctx)).actionsByType).map(([key, count]) => ({ key, count }));
    }

    @FieldResolver(() => PeopleCount, { description: 'People taking part in the period’s actions (small counts suppressed).' })
    async participants(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<PeopleCount> {
      return peopleCount((await figuresOf(report, ctx)).participants);
    }

    @FieldResolver(() => PeopleCount, { description: 'Women among them; hidden when it, or the rest of the total, is a small count.' })
    async participantsWomen(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<PeopleCount> {
      const figures = await figuresOf(report, ctx);
      return partOf(figures.participantsWomen, figures.participants);
    }

    @FieldResolver(() => PeopleCount, { description: 'Young people among them; hidden when it, or the rest of the total, is a small count.' })
    async participantsYouth(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<PeopleCount> {
      const figures = await figuresOf(report, ctx);
      return partOf(figures.participantsYouth, figures.participants);
    }
  }
  return CampaignReportFields;
}

export const RegionReportCampaignsResolver = campaignReportFields(RegionReportStub, (report: RegionReportKey, ctx) => ctx.loaders.regionFigures.load(regionFiguresKey(report)));
export const GovernorateReportCampaignsResolver = campaignReportFields(GovernorateReportStub, (report: GovernorateReportKey, ctx) =>
  ctx.loaders.governorateFigures.load(governorateFiguresKey(report)),
);
