import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@icssi/platform';
import { resolveCampaignReference } from './federation/campaign.reference';
import { GovernorateStub } from './federation/governorate/governorate.stub';
import { OrganisationCampaignsResolver } from './federation/organisation/organisation-campaigns.resolver';
import { resolveOrganisationStub } from './federation/organisation/organisation.stub';
import { WorkingGroupCampaignsResolver } from './federation/working-group/working-group-campaigns.resolver';
import { resolveWorkingGroupStub } from './federation/working-group/working-group.stub';
import { CampaignResolver } from './resolvers/campaign.resolver';

export function buildCampaignsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [CampaignResolver, OrganisationCampaignsResolver, WorkingGroupCampaignsResolver],
    orphanedTypes: [GovernorateStub],
    referenceResolvers: {
      Campaign: { __resolveReference: resolveCampaignReference },
      Organisation: { __resolveReference: resolveOrganisationStub },
      WorkingGroup: { __resolveReference: resolveWorkingGroupStub },
    },
  });
}
