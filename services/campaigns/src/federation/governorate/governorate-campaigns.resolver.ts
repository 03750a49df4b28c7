import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { CampaignsContext } from '../../context';
import { CampaignEntity } from '../../entities/campaign.entity';
import { CampaignConnection } from '../../types/connections';
import { GovernorateStub } from './governorate.stub';

@Resolver(() => GovernorateStub)
export class GovernorateCampaignsResolver {
  @FieldResolver(() => CampaignConnection, {
    // Nullable: if this subgraph is down, the rest of the governorate still arrives.
    nullable: true,
    description: 'Campaigns acting in this governorate (drafts excluded), by start date.',
  })
  campaigns(
    @Root() governorate: GovernorateStub,
    @Ctx() ctx: CampaignsContext,
    @Args() page: ConnectionArgs,
  ): Promise<Page<CampaignEntity>> {
    return ctx.loaders.connections.load('governorateCampaigns', page, governorate.code, (codes) =>
      ctx.domain.campaigns.ofGovernorates(codes, page),
    );
  }
}
