import { GraphQLError } from 'graphql';
import {
  type ReferenceChecker,
  type ReportPeriod,
  type ReportPeriodRequest,
  forumSeasonPeriod,
  isUuid,
  periodFromInput,
} from '@icssi/platform';

/** Turns a client's period into days; a forum season's cycle is asked of the forum-seasons subgraph. */
export class ReportPeriods {
  constructor(private readonly references: ReferenceChecker) {}

  async resolve(input: ReportPeriodRequest): Promise<ReportPeriod> {
    const seasonId = input.forumSeasonId;
    if (seasonId == null) return periodFromInput(input);
    if (input.year != null || input.quarter != null || input.month != null || input.from != null || input.to != null)
      return periodFromInput(input);
    const seasons = isUuid(seasonId)
      ? await this.references.lookup('forum-seasons', 'ForumSeason', 'id', [seasonId], 'reportCycle { from to }')
      : new Map();
    const season = seasons.get(seasonId) as { reportCycle: { from: string; to: string } | null } | undefined;
    if (!season) throw new GraphQLError('No such forum season.', { extensions: { code: 'BAD_USER_INPUT' } });
    if (!season.reportCycle) throw new GraphQLError('That forum season has no dates yet.', { extensions: { code: 'BAD_USER_INPUT' } });
    return forumSeasonPeriod(seasonId, season.reportCycle.from, season.reportCycle.to);
  }
}
