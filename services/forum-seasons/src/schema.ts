import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@icssi/platform';
import { resolveForumReference, resolveForumSeasonReference, resolveRecommendationReference } from './federation/forum.reference';
import { GovernorateStub } from './federation/governorate/governorate.stub';
import { OrganisationForumSeasonsResolver } from './federation/organisation/organisation-forum-seasons.resolver';
import { resolveOrganisationStub } from './federation/organisation/organisation.stub';
import { ForumSeasonResolver } from './resolvers/forum-season.resolver';
import { ForumResolver } from './resolvers/forum.resolver';
import { RecommendationResolver } from './resolvers/recommendation.resolver';

export function buildForumSeasonsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [ForumResolver, ForumSeasonResolver, RecommendationResolver, OrganisationForumSeasonsResolver],
    orphanedTypes: [GovernorateStub],
    referenceResolvers: {
      Forum: { __resolveReference: resolveForumReference },
      ForumSeason: { __resolveReference: resolveForumSeasonReference },
      Recommendation: { __resolveReference: resolveRecommendationReference },
      Organisation: { __resolveReference: resolveOrganisationStub },
    },
  });
}
