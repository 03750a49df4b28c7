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
  GovernorateReportCampaignsResolver,
  RegionReportCampaignsResolver,
} from './federation/region-report/region-report-campaigns.resolver';
import { GovernorateReportStub } from './federation/region-report/governorate-report.stub';
import { RegionReportStub } from './federation/region-report/region-report.stub';
import { resolveCampaignActionReference, resolveCampaignReference } from './federation/campaign.reference';
import { GovernorateCampaignsResolver } from './federation/governorate/governorate-campaigns.resolver';
import { resolveGovernorateStub } from './federation/governorate/governorate.stub';
import { OrganisationCampaignsResolver } from './federation/organisation/organisation-campaigns.resolver';
import { resolveOrganisationStub } from './federation/organisation/organisation.stub';
import { RecommendationCampaignsResolver } from './federation/recommendation/recommendation-campaigns.resolver';
import { resolveRecommendationStub } from './federation/recommendation/recommendation.stub';
import { WorkingGroupCampaignsResolver } from './federation/working-group/working-group-campaigns.resolver';
import { resolveWorkingGroupStub } from './federation/working-group/working-group.stub';
import { CampaignActionResolver } from './resolvers/campaign-action.resolver';
import { CampaignResolver } from './resolvers/campaign.resolver';
import { CampaignActionLocalizedFields, CampaignLocalizedFields } from './resolvers/localized-fields.resolver';
import { CampaignMutationResolver } from './resolvers/campaign-mutation.resolver';
import { AuditTrailCampaignsResolver } from './federation/audit-trail.resolver';
import { SearchCampaignsResolver } from './federation/search-campaigns.resolver';
import { SearchResults } from './federation/search-results.stub';
import { CampaignsLabelsFields } from './labels/labels.resolver';
import { Labels } from './labels/labels.type';
import { ProgrammeCampaignsResolver } from './federation/programme/programme-campaigns.resolver';
import { CampaignProgrammeResolver } from './federation/programme/campaign-programme.resolver';
import { resolveProgrammeStub } from './federation/programme/programme.stub';

export function buildCampaignsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      CampaignResolver,
      CampaignActionResolver,
      CampaignLocalizedFields,
      CampaignActionLocalizedFields,
      OrganisationCampaignsResolver,
      WorkingGroupCampaignsResolver,
      GovernorateCampaignsResolver,
      RecommendationCampaignsResolver,
      SearchCampaignsResolver,
      CampaignMutationResolver,
      AuditTrailCampaignsResolver,
      RegionReportCampaignsResolver,
      GovernorateReportCampaignsResolver,
      CampaignsLabelsFields,
      ProgrammeCampaignsResolver,
      CampaignProgrammeResolver,
    ],
    // Reached only through the fields this subgraph adds to it, so it is listed explicitly.
    orphanedTypes: [SearchResults, AuditTrailStub, RegionReportStub, GovernorateReportStub, Labels],
    referenceResolvers: {
      Campaign: { __resolveReference: resolveCampaignReference },
      CampaignAction: { __resolveReference: resolveCampaignActionReference },
      Organisation: { __resolveReference: resolveOrganisationStub },
      WorkingGroup: { __resolveReference: resolveWorkingGroupStub },
      Governorate: { __resolveReference: resolveGovernorateStub },
      Recommendation: { __resolveReference: resolveRecommendationStub },
      SearchResults: { __resolveReference: resolveSearchResultsStub },
      AuditTrail: { __resolveReference: resolveAuditTrailStub },
      RegionReport: { __resolveReference: resolveRegionReportStub },
      GovernorateReport: { __resolveReference: resolveGovernorateReportStub },
      Labels: { __resolveReference: resolveLabelsReference },
      Programme: { __resolveReference: resolveProgrammeStub },
    },
  });
}
