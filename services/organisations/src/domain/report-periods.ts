import { GraphQLError } from 'graphql';
import { ReferenceChecker, ReportPeriod, ReportPeriodInput, isUuid, periodFromInput, rangePeriod } from '@icssi/platform';

/** Turns a client's period into days; a forum season's days are asked of the forum-seasons subgraph. */
export class ReportPeriods {
  constructor(private readonly references: ReferenceChecker) {}

  async resolve(input: ReportPeriodInput): Promise<ReportPeriod> {
    const seasonId = input.forumSeasonId;
    if (seasonId == null) return periodFromInput(input);
    if (input.year != null || input.quarter != null || input.from != null || input.to != null) return periodFromInput(input);
    const seasons = isUuid(seasonId) ? await this.references.lookup('forum-seasons', 'ForumSeason', 'id', [seasonId], 'startDate endDate') : new Map();
    const season = seasons.get(seasonId) as { startDate: string | null; endDate: string | null } | undefined;
    if (!season) throw new GraphQLError('No such forum season.', { extensions: { code: 'BAD_USER_INPUT' } });
    if (!season.startDate) throw new GraphQLError('That forum season has no dates yet.', { extensions: { code: 'BAD_USER_INPUT' } });
    return rangePeriod(season.startDate, season.endDate ?? season.startDate);
  }
}
