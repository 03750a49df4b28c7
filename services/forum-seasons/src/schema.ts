import { type GraphQLSchema } from 'graphql';
import {
  buildFederatedSchema,
  resolveAuditTrailStub,
  resolveGovernorateReportStub,
  resolveRegionReportStub,
  resolveLabelsReference,
  resolveSearchResultsStub,
} from '@icssi/platform';
import { AuditTrailStub } from './federation/audit-trail.stub';
import {
  GovernorateReportForumSeasonsResolver,
  RegionReportForumSeasonsResolver,
} from './federation/region-report/region-report-forum-seasons.resolver';
import { GovernorateReportStub } from './federation/region-report/governorate-report.stub';
import { RegionReportStub } from './federation/region-report/region-report.stub';
import {
  resolveForumReference,
  resolveForumSeasonReference,
  resolveForumSessionReference,
  resolveRecommendationReference,
} from './federation/forum-seasons.reference';
import { GovernorateForumSeasonsResolver } from './federation/governorate/governorate-forum-seasons.resolver';
import { resolveGovernorateStub } from './federation/governorate/governorate.stub';
import { OrganisationForumSeasonsResolver } from './federation/organisation/organisation-forum-seasons.resolver';
import { resolveOrganisationStub } from './federation/organisation/organisation.stub';
import { SearchProgrammeResolver } from './federation/search/search-programme.resolver';
import { SearchRecommendationsResolver } from './federation/search/search-recommendations.resolver';
import { SearchResults } from './federation/search/search-results.stub';
import { ForumSeasonResolver } from './resolvers/forum-season.resolver';
import { ForumSeasonCycleResolver } from './resolvers/forum-season-cycle.resolver';
import { ForumSessionResolver } from './resolvers/forum-session.resolver';
import { ForumResolver } from './resolvers/forum.resolver';
import { RecommendationResolver } from './resolvers/recommendation.resolver';
import { ForumMutationResolver } from './resolvers/forum-mutation.resolver';
import { AuditTrailForumSeasonsResolver } from './federation/audit-trail.resolver';
import {
  ForumLocalizedFields,
  ForumSeasonLocalizedFields,
  ForumSessionLocalizedFields,
  RecommendationLocalizedFields,
} from './resolvers/localized-fields.resolver';
import { ForumSeasonsLabelsFields } from './labels/labels.resolver';
import { Labels } from './labels/labels.type';
import { ProgrammeForumsResolver } from './federation/programme/programme-forums.resolver';
import { ForumProgrammeResolver } from './federation/programme/forum-programme.resolver';
import { resolveProgrammeStub } from './federation/programme/programme.stub';

export function buildForumSeasonsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      ForumLocalizedFields,
      ForumSeasonLocalizedFields,
      ForumSessionLocalizedFields,
      RecommendationLocalizedFields,
      ForumResolver,
      ForumSeasonResolver,
      ForumSeasonCycleResolver,
      ForumSessionResolver,
      RecommendationResolver,
      OrganisationForumSeasonsResolver,
      GovernorateForumSeasonsResolver,
      SearchRecommendationsResolver,
      SearchProgrammeResolver,
      ForumMutationResolver,
      AuditTrailForumSeasonsResolver,
      RegionReportForumSeasonsResolver,
      GovernorateReportForumSeasonsResolver,
      ForumSeasonsLabelsFields,
      ProgrammeForumsResolver,
      ForumProgrammeResolver,
    ],
    // Reached only through the fields this subgraph adds to it, so it is listed explicitly.
    orphanedTypes: [SearchResults, AuditTrailStub, RegionReportStub, GovernorateReportStub, Labels],
    referenceResolvers: {
      Forum: { __resolveReference: resolveForumReference },
      ForumSeason: { __resolveReference: resolveForumSeasonReference },
      ForumSession: { __resolveReference: resolveForumSessionReference },
      Recommendation: { __resolveReference: resolveRecommendationReference },
      Organisation: { __resolveReference: resolveOrganisationStub },
      Governorate: { __resolveReference: resolveGovernorateStub },
      SearchResults: { __resolveReference: resolveSearchResultsStub },
      AuditTrail: { __resolveReference: resolveAuditTrailStub },
      RegionReport: { __resolveReference: resolveRegionReportStub },
      GovernorateReport: { __resolveReference: resolveGovernorateReportStub },
      Labels: { __resolveReference: resolveLabelsReference },
      Programme: { __resolveReference: resolveProgrammeStub },
    },
  });
}
