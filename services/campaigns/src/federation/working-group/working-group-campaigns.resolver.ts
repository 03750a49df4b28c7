import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, Page } from '@icssi/platform';
import { CampaignsContext } from '../../context';
import { CampaignEntity } from '../../entities/campaign.entity';
import { CampaignConnection } from '../../types/connections';
import { WorkingGroupStub } from './working-group.stub';

@Resolver(() => WorkingGroupStub)
export class WorkingGroupCampaignsResolver {
  @FieldResolver(() => CampaignConnection, {
    // Nullable: if this subgraph is down, the rest of the working group still arrives.
    nullable: true,
    description: 'Campaigns the working group leads (drafts excluded), by start date.',
  })
  campaigns(@Root() group: WorkingGroupStub, @Ctx() ctx: CampaignsContext, @Args() page: ConnectionArgs): Promise<Page<CampaignEntity>> {
    return ctx.loaders.connections.load('workingGroupCampaigns', page, group.id, (ids) => ctx.domain.campaigns.ofWorkingGroups(ids, page));
  }
}
