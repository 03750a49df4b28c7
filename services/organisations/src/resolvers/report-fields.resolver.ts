import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  AGE_BANDS,
  GovernorateReportKey,
  PeopleCount,
  RegionReportKey,
  Tally,
  Theme,
  ThemeTally,
  governorateFiguresKey,
  regionFiguresKey,
  reportPeopleBreakdown,
  reportPeopleCount,
  requireReportReader,
  themeTally,
} from '@icssi/platform';
import { OrganisationsContext } from '../context';
import { OrganisationFigures } from '../domain/region-report.reader';
import { GovernorateReport } from '../types/governorate-report.type';
import { PERSON_GENDERS } from '../domain/person-gender';
import { RegionReport } from '../types/region-report.type';

const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => a.localeCompare(b));

/** The organisations fields of a report, for one report type (region or governorate). */
function organisationReportFields<T extends { period: string }>(
  type: new () => T,
  load: (report: T, ctx: OrganisationsContext) => Promise<OrganisationFigures | null>,
) {
  const figuresOf = async (report: T, ctx: OrganisationsContext): Promise<OrganisationFigures> => {
    requireReportReader(ctx.viewer);
    // The reader answers every key it is given (zeros where nothing was counted).
    return (await load(report, ctx)) as OrganisationFigures;
  };

  @Resolver(() => type)
  class OrganisationReportFields {
    @FieldResolver(() => [Tally], {
      description: 'Organisations based in the area (home region, or headquarters governorate; not archived), by kind.',
    })
    async organisationsByKind(@Root() report: T, @Ctx() ctx: OrganisationsContext): Promise<Tally[]> {
      return sorted((await figuresOf(report, ctx)).organisationsByKind).map(([key, count]) => ({ key, count }));
    }

    @FieldResolver(() => [ThemeTally], {
      description:
        'Youth working groups of the area (region, or their host organisation’s governorate), by theme (a group counts once per theme).',
    })
    async workingGroupsByTheme(@Root() report: T, @Ctx() ctx: OrganisationsContext): Promise<ThemeTally[]> {
      return sorted((await figuresOf(report, ctx)).workingGroupsByTheme).map(([theme, count]) => themeTally(theme as Theme, count));
    }

    @FieldResolver(() => PeopleCount, {
      nullable: true,
      description:
        'People with a membership in the area during the period, each counted once per region (protected; not for a range of days).',
    })
    async activeMembers(@Root() report: T, @Ctx() ctx: OrganisationsContext): Promise<PeopleCount> {
      return reportPeopleCount(report.period, (await figuresOf(report, ctx)).members);
    }

    @FieldResolver(() => [PeopleCount], {
      nullable: true,
      description: 'Active members by gender: FEMALE, MALE, OTHER, UNDISCLOSED, every cell protected.',
    })
    async activeMembersByGender(@Root() report: T, @Ctx() ctx: OrganisationsContext): Promise<PeopleCount[]> {
      return reportPeopleBreakdown(report.period, (await figuresOf(report, ctx)).membersByGender, PERSON_GENDERS);
    }

    @FieldResolver(() => [PeopleCount], {
      nullable: true,
      description:
        'Active members by age on the last day of the period: AGE_UNDER_15, AGE_15_29 (youth), AGE_30_44, AGE_45_AND_OVER, AGE_UNKNOWN, every cell protected.',
    })
    async activeMembersByAge(@Root() report: T, @Ctx() ctx: OrganisationsContext): Promise<PeopleCount[]> {
      return reportPeopleBreakdown(report.period, (await figuresOf(report, ctx)).membersByAge, AGE_BANDS);
    }
  }
  return OrganisationReportFields;
}

export const RegionReportOrganisationsResolver = organisationReportFields(RegionReport, (report: RegionReportKey, ctx) =>
  ctx.loaders.regionFigures.load(regionFiguresKey(report)),
);
export const GovernorateReportOrganisationsResolver = organisationReportFields(GovernorateReport, (report: GovernorateReportKey, ctx) =>
  ctx.loaders.governorateFigures.load(governorateFiguresKey(report)),
);
