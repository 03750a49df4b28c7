import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { CampaignsContext } from '../../context';
import { CampaignEntity } from '../../entities/campaign.entity';
import { CampaignConnection } from '../../types/connections';
import { RecommendationStub } from './recommendation.stub';

@Resolver(() => RecommendationStub)
export class RecommendationCampaignsResolver {
  @FieldResolver(() => CampaignConnection, {
    // Nullable: if this subgraph is down, the rest of the recommendation still arrives.
    nullable: true,
    description: 'Campaigns that advance this recommendation (drafts excluded), by start date.',
  })
  campaigns(
    @Root() recommendation: RecommendationStub,
    @Ctx() ctx: CampaignsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<CampaignEntity>> {
    return ctx.loaders.connections.load('recommendationCampaigns', page, recommendation.id, (ids) =>
      ctx.domain.campaigns.ofRecommendations(ids, page),
    );
  }
}
