import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@icssi/platform';
import { resolveGovernorateReference } from './federation/governorate.reference';
import { resolveOrganisationReference } from './federation/organisation.reference';
import { resolveWorkingGroupReference } from './federation/working-group.reference';
import { GovernorateResolver } from './resolvers/governorate.resolver';
import { OrganisationResolver } from './resolvers/organisation.resolver';
import { WorkingGroupResolver } from './resolvers/working-group.resolver';

export function buildOrganisationsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [GovernorateResolver, OrganisationResolver, WorkingGroupResolver],
    referenceResolvers: {
      Governorate: { __resolveReference: resolveGovernorateReference },
      Organisation: { __resolveReference: resolveOrganisationReference },
      WorkingGroup: { __resolveReference: resolveWorkingGroupReference },
    },
  });
}
