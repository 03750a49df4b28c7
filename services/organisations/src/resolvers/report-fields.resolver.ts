import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  GovernorateReportKey,
  PeopleCount,
  RegionReportKey,
  Tally,
  Theme,
  ThemeTally,
  governorateFiguresKey,
  peopleBreakdown,
  peopleCount,
  regionFiguresKey,
  requireReportReader,
  themeTally,
} from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { OrganisationFigures } from '../domain/region-report.reader';
import { GovernorateReport } from '../types/governorate-report.type';
import { RegionReport } from '../types/region-report.type';

const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => a.localeCompare(b));
const breakdown = (counts: Map<string, number>, keys: string[]): PeopleCount[] => peopleBreakdown(keys.map((key) => ({ key, value: counts.get(key) ?? 0 })));

/** The organisations fields of a report, for one report type (region or governorate). */
function organisationReportFields<T extends object>(type: new () => T, load: (report: T, ctx: OrganisationsContext) => Promise<OrganisationFigures | null>) {
  const figuresOf = async (report: T, ctx: OrganisationsContext): Promise<OrganisationFigures> => {
    requireReportReader(ctx.viewer);
    // The reader answers every key it is given (zeros where nothing was counted).
    return (await load(report, ctx)) as OrganisationFigures;
  };

  @Resolver(() => type)
  class OrganisationReportFields {
    @FieldResolver(() => [Tally], { description: 'Organisations based in the area (home region, or headquarters governorate; not archived), by kind.' })
    async organisationsByKind(@Root() report: T, @Ctx() ctx: OrganisationsContext): Promise<Tally[]> {
      return sorted((await figuresOf(report, ctx)).organisationsByKind).map(([key, count]) => ({ key, count }));
    }

    @FieldResolver(() => [ThemeTally], { description: 'Youth working groups of the area (region, or their host organisation’s governorate), by theme (a group counts once per theme).' })
    async workingGroupsByTheme(@Root() report: T, @Ctx() ctx: OrganisationsContext): Promise<ThemeTally[]> {
      return sorted((await figuresOf(report, ctx)).workingGroupsByTheme).map(([theme, count]) => themeTally(theme as Theme, count));
    }

    @FieldResolver(() => PeopleCount, { description: 'People with a membership in the area during the period (small counts suppressed).' })
    async activeMembers(@Root() report: T, @Ctx() ctx: OrganisationsContext): Promise<PeopleCount> {
      return peopleCount((await figuresOf(report, ctx)).members);
    }

    @FieldResolver(() => [PeopleCount], { description: 'Active members by gender (FEMALE, MALE, UNKNOWN); small counts suppressed.' })
    async activeMembersByGender(@Root() report: T, @Ctx() ctx: OrganisationsContext): Promise<PeopleCount[]> {
      return breakdown((await figuresOf(report, ctx)).membersByGender, ['FEMALE', 'MALE', 'UNKNOWN']);
    }

    @FieldResolver(() => [PeopleCount], { description: 'Active members by age: YOUTH (15–29 at the end of the period), OTHER, UNKNOWN; small counts suppressed.' })
    async activeMembersByAge(@Root() report: T, @Ctx() ctx: OrganisationsContext): Promise<PeopleCount[]> {
      return breakdown((await figuresOf(report, ctx)).membersByAge, ['YOUTH', 'OTHER', 'UNKNOWN']);
    }
  }
  return OrganisationReportFields;
}

export const RegionReportOrganisationsResolver = organisationReportFields(RegionReport, (report: RegionReportKey, ctx) => ctx.loaders.regionFigures.load(regionFiguresKey(report)));
export const GovernorateReportOrganisationsResolver = organisationReportFields(GovernorateReport, (report: GovernorateReportKey, ctx) =>
  ctx.loaders.governorateFigures.load(governorateFiguresKey(report)),
);
