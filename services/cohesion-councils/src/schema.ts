import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@icssi/platform';
import { resolveCohesionCouncilReference, resolveImplementationReference } from './federation/cohesion-council.reference';
import { GovernorateCouncilsResolver } from './federation/governorate/governorate-councils.resolver';
import { resolveGovernorateStub } from './federation/governorate/governorate.stub';
import { OrganisationStub } from './federation/organisation/organisation.stub';
import { RecommendationImplementationsResolver } from './federation/recommendation/recommendation-implementations.resolver';
import { resolveRecommendationStub } from './federation/recommendation/recommendation.stub';
import { CohesionCouncilResolver } from './resolvers/cohesion-council.resolver';
import { ImplementationResolver } from './resolvers/implementation.resolver';

export function buildCohesionCouncilsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [CohesionCouncilResolver, ImplementationResolver, GovernorateCouncilsResolver, RecommendationImplementationsResolver],
    orphanedTypes: [OrganisationStub],
    referenceResolvers: {
      CohesionCouncil: { __resolveReference: resolveCohesionCouncilReference },
      Implementation: { __resolveReference: resolveImplementationReference },
      Governorate: { __resolveReference: resolveGovernorateStub },
      Recommendation: { __resolveReference: resolveRecommendationStub },
    },
  });
}
