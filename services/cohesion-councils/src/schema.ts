import { type GraphQLSchema } from 'graphql';
import {
  buildFederatedSchema,
  resolveAuditTrailStub,
  resolveGovernorateReportStub,
  resolveRegionReportStub,
  resolveLabelsReference,
  resolveSearchResultsStub,
} from '@icssi/platform';
import {
  resolveCohesionCouncilReference,
  resolveCouncilMeetingReference,
  resolveCouncilMemberReference,
  resolveImplementationReference,
  resolveImplementationUpdateReference,
} from './federation/cohesion-council.reference';
import { GovernorateCouncilsResolver } from './federation/governorate/governorate-councils.resolver';
import { resolveGovernorateStub } from './federation/governorate/governorate.stub';
import { OrganisationCouncilsResolver } from './federation/organisation/organisation-councils.resolver';
import { resolveOrganisationStub } from './federation/organisation/organisation.stub';
import { RecommendationImplementationsResolver } from './federation/recommendation/recommendation-implementations.resolver';
import { resolveRecommendationStub } from './federation/recommendation/recommendation.stub';
import { CohesionCouncilResolver } from './resolvers/cohesion-council.resolver';
import { CouncilMeetingResolver } from './resolvers/council-meeting.resolver';
import { CouncilMemberResolver } from './resolvers/council-member.resolver';
import { ImplementationUpdateResolver } from './resolvers/implementation-update.resolver';
import { ImplementationResolver } from './resolvers/implementation.resolver';
import { ImplementationMutationResolver } from './resolvers/implementation-mutation.resolver';
import { CouncilMutationResolver } from './resolvers/council-mutation.resolver';
import { AuditTrailCouncilsResolver } from './federation/audit-trail.resolver';
import { AuditTrailStub } from './federation/audit-trail.stub';
import {
  GovernorateReportCouncilsResolver,
  RegionReportCouncilsResolver,
} from './federation/region-report/region-report-councils.resolver';
import { GovernorateReportStub } from './federation/region-report/governorate-report.stub';
import { RegionReportStub } from './federation/region-report/region-report.stub';
import {
  CohesionCouncilLocalizedFields,
  CouncilMeetingLocalizedFields,
  CouncilMemberLocalizedFields,
  ImplementationUpdateLocalizedFields,
  IndicatorLocalizedFields,
} from './resolvers/localized-fields.resolver';
import { CohesionCouncilsLabelsFields } from './labels/labels.resolver';
import { Labels } from './labels/labels.type';
import { ProgrammeCouncilsResolver } from './federation/programme/programme-councils.resolver';
import { CohesionCouncilProgrammeResolver } from './federation/programme/cohesion-council-programme.resolver';
import { resolveProgrammeStub } from './federation/programme/programme.stub';
import { SearchCouncilsResolver } from './federation/search/search-councils.resolver';
import { SearchResults } from './federation/search/search-results.stub';

export function buildCohesionCouncilsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      CohesionCouncilLocalizedFields,
      CouncilMeetingLocalizedFields,
      CouncilMemberLocalizedFields,
      ImplementationUpdateLocalizedFields,
      IndicatorLocalizedFields,
      CohesionCouncilResolver,
      CouncilMemberResolver,
      CouncilMeetingResolver,
      ImplementationResolver,
      ImplementationUpdateResolver,
      GovernorateCouncilsResolver,
      OrganisationCouncilsResolver,
      RecommendationImplementationsResolver,
      ImplementationMutationResolver,
      CouncilMutationResolver,
      AuditTrailCouncilsResolver,
      RegionReportCouncilsResolver,
      GovernorateReportCouncilsResolver,
      CohesionCouncilsLabelsFields,
      ProgrammeCouncilsResolver,
      CohesionCouncilProgrammeResolver,
      SearchCouncilsResolver,
    ],
    // Reached only through the fields this subgraph adds to it, so it is listed explicitly.
    orphanedTypes: [SearchResults, AuditTrailStub, RegionReportStub, GovernorateReportStub, Labels],
    referenceResolvers: {
      CohesionCouncil: { __resolveReference: resolveCohesionCouncilReference },
      CouncilMember: { __resolveReference: resolveCouncilMemberReference },
      CouncilMeeting: { __resolveReference: resolveCouncilMeetingReference },
      Implementation: { __resolveReference: resolveImplementationReference },
      ImplementationUpdate: { __resolveReference: resolveImplementationUpdateReference },
      Governorate: { __resolveReference: resolveGovernorateStub },
      Organisation: { __resolveReference: resolveOrganisationStub },
      Recommendation: { __resolveReference: resolveRecommendationStub },
      AuditTrail: { __resolveReference: resolveAuditTrailStub },
      RegionReport: { __resolveReference: resolveRegionReportStub },
      GovernorateReport: { __resolveReference: resolveGovernorateReportStub },
      SearchResults: { __resolveReference: resolveSearchResultsStub },
      Labels: { __resolveReference: resolveLabelsReference },
      Programme: { __resolveReference: resolveProgrammeStub },
    },
  });
}
