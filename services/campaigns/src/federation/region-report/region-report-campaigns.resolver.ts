import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  GovernorateReportKey,
  PeopleCount,
  RegionReportKey,
  governorateFiguresKey,
  Tally,
  Theme,
  ThemeTally,
  regionFiguresKey,
  reportPeopleCount,
  requireReportReader,
  themeTally,
} from '@icssi/platform';
import { CampaignsContext } from '../../context';
import { CampaignFigures } from '../../domain/region-report.reader';
import { GovernorateReportStub } from './governorate-report.stub';
import { RegionReportStub } from './region-report.stub';

const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => a.localeCompare(b));

/** The campaign fields of a report, for one report type (region or governorate). */
function campaignReportFields<T extends { period: string }>(
  stub: new () => T,
  load: (report: T, ctx: CampaignsContext) => Promise<CampaignFigures | null>,
) {
  const figuresOf = async (report: T, ctx: CampaignsContext): Promise<CampaignFigures> => {
    requireReportReader(ctx.viewer);
    // The reader answers every key it is given (zeros where nothing was counted).
    return (await load(report, ctx)) as CampaignFigures;
  };

  @Resolver(() => stub)
  class CampaignReportFields {
    @FieldResolver(() => [ThemeTally], {
      description: 'Campaigns running in the area during the period, by theme (a campaign counts once per theme).',
    })
    async campaignsByTheme(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<ThemeTally[]> {
      return sorted((await figuresOf(report, ctx)).campaignsByTheme).map(([theme, count]) => themeTally(theme as Theme, count));
    }

    @FieldResolver(() => [Tally], {
      description: 'Campaigns running in the area during the period, by their status at the end of the period.',
    })
    async campaignsByStatus(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<Tally[]> {
      return sorted((await figuresOf(report, ctx)).campaignsByStatus).map(([key, count]) => ({ key, count }));
    }

    @FieldResolver(() => [Tally], { description: 'Campaign actions in the period, by type.' })
    async actionsByType(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<Tally[]> {
      return sorted((await figuresOf(report, ctx)).actionsByType).map(([key, count]) => ({ key, count }));
    }

    @FieldResolver(() => PeopleCount, {
      nullable: true,
      description:
        'People taking part in the period’s actions (their head counts summed; protected, and the same as an action’s own figure when it is the only one; not for a range of days).',
    })
    async participants(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<PeopleCount> {
      return reportPeopleCount(report.period, (await figuresOf(report, ctx)).participants_total);
    }

    @FieldResolver(() => PeopleCount, {
      nullable: true,
      description: 'Women among them (protected: a cell of its own, with its own noise).',
    })
    async participantsWomen(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<PeopleCount> {
      return reportPeopleCount(report.period, (await figuresOf(report, ctx)).participants_women);
    }

    @FieldResolver(() => PeopleCount, {
      nullable: true,
      description: 'Young people (15–29) among them (protected: a cell of its own, with its own noise).',
    })
    async participantsYouth(@Root() report: T, @Ctx() ctx: CampaignsContext): Promise<PeopleCount> {
      return reportPeopleCount(report.period, (await figuresOf(report, ctx)).participants_youth);
    }
  }
  return CampaignReportFields;
}

export const RegionReportCampaignsResolver = campaignReportFields(RegionReportStub, (report: RegionReportKey, ctx) =>
  ctx.loaders.regionFigures.load(regionFiguresKey(report)),
);
export const GovernorateReportCampaignsResolver = campaignReportFields(GovernorateReportStub, (report: GovernorateReportKey, ctx) =>
  ctx.loaders.governorateFigures.load(governorateFiguresKey(report)),
);
